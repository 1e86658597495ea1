import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from './describeProblem';

/** A problem shown in place, in the user's language, with a retry when there is something to retry. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = describeProblem(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={text.title}
      description={
        <>
          <div>{text.message}</div>
          {text.detail && <div className="tm-muted">{t('problems.serverSaid', { detail: text.detail })}</div>}
        </>
      }
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
