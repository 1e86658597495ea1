import { Button, Result, Space, Spin } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/shared/auth/AuthProvider';
import { homeFor, type Role } from '@/shared/auth/oidc';

/** Signed in (and of the role, when one is named), or a page that says what to do instead. */
export function RequireRole({ role }: { role?: Role }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (!auth.ready) return <Spin tip={t('common.loading')} fullscreen />;
  if (!auth.user) {
    return (
      <Result
        status="info"
        title={t('common.signInToContinue')}
        subTitle={t('common.signInToContinueText')}
        extra={
          <Space wrap>
            <Button type="primary" onClick={() => void auth.signIn(location.pathname + location.search)}>
              {t('common.signIn')}
            </Button>
            <Link to="/register">{t('common.register')}</Link>
          </Space>
        }
      />
    );
  }
  if (role && !auth.is(role)) {
    return (
      <Result
        status="403"
        title={t('common.notAllowed')}
        subTitle={t('common.notAllowedText')}
        extra={<Link to={homeFor(auth.roles)}>{t('common.myWorkspace')}</Link>}
      />
    );
  }
  return <Outlet />;
}
