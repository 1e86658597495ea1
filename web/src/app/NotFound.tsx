import { Result } from 'antd';
import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/shared/ui/ProblemAlert';

export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('common.notFound')} subTitle={t('common.notFoundText')} extra={<Link to="/">{t('common.goHome')}</Link>} />;
}

/** A screen that failed to load (e.g. a chunk after a new deployment): say so and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="tm-content">
      <ProblemAlert error={error} onRetry={() => window.location.reload()} />
    </div>
  );
}
