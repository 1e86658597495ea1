import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../api/problem';
import { useAuth } from '../auth/AuthProvider';
import { describeProblem } from './describeProblem';

/** A problem shown in place, in the user's language, with a retry when there is something to retry. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const text = describeProblem(error, t);
  // A 401 means the session ended (expired, revoked, signed out elsewhere): offer to sign in again, not to retry.
  const signedOut = isProblem(error) && error.status === 401;
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
      action={
        signedOut ? (
          <Button type="primary" onClick={() => void auth.signIn()}>{t('common.signIn')}</Button>
        ) : (
          onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>
        )
      }
    />
  );
}
