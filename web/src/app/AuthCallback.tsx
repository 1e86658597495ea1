import { useEffect, useRef, useState } from 'react';
import { Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { homeFor, rolesOf, userManager } from '@/shared/auth/oidc';

/** Where the OpenID Connect server sends the browser back with the code: exchange it, then go on. */
export function AuthCallback() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  const once = useRef(false);

  useEffect(() => {
    if (once.current) return; // the code is good once: StrictMode's second effect must not spend it again
    once.current = true;
    userManager
      .signinRedirectCallback()
      .then((user) => {
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        const fallback = homeFor(rolesOf(user));
        // Signing in from the home page lands in the role's workspace; from anywhere else, back where the person was.
        const path = returnTo?.split('?')[0] ?? '/';
        navigate(path !== '/' && !path.startsWith('/auth/') ? returnTo! : fallback, { replace: true });
      })
      .catch((error: Error) => setFailed(error.message));
  }, [navigate]);

  if (failed) {
    return (
      <Result
        status="warning"
        title={t('common.signInFailed')}
        subTitle={failed}
        extra={<Button onClick={() => navigate('/', { replace: true })}>{t('common.goHome')}</Button>}
      />
    );
  }
  return <Spin tip={t('common.signingIn')} fullscreen />;
}
