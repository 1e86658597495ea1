import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import antdZh from 'antd/locale/zh_CN';
import antdEn from 'antd/locale/en_US';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from '@/shared/auth/AuthProvider';
import { currentAccessToken } from '@/shared/auth/oidc';
import { setAccessTokenSource, setLanguageSource } from '@/shared/api/client';
import { isProblem } from '@/shared/api/problem';
import i18n from '@/shared/i18n';
import { router } from './routes';

setAccessTokenSource(currentAccessToken);
setLanguageSource(() => i18n.language);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not get better by asking again; a dropped connection might.
      retry: (count, error) => count < 2 && (!isProblem(error) || error.status === 0 || error.status >= 500),
    },
  },
});

export function AppRoot() {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider locale={current.language === 'en' ? antdEn : antdZh} theme={{ token: { colorPrimary: '#1366d6' } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
