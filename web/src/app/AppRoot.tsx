import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import antdZh from 'antd/locale/zh_CN';
import antdEn from 'antd/locale/en_US';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from '@/shared/auth/AuthProvider';
import { RealtimeProvider } from '@/shared/realtime/RealtimeProvider';
import { currentAccessToken } from '@/shared/auth/oidc';
import { setAccessTokenSource, setLanguageSource } from '@/shared/api/client';
import { isProblem } from '@/shared/api/problem';
import { usePrefersReducedMotion } from '@/shared/ui/motion';
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

/** Ant Design's default blue is too light for text on white (WCAG AA 4.5:1); this one passes. Tags: app.css. */
const colours = { colorPrimary: '#0958d9', colorInfo: '#0958d9', colorLink: '#0958d9', colorTextDescription: '#595959', colorTextTertiary: '#595959', colorError: '#cf1322', colorPrimaryHover: '#003eb3', colorLinkHover: '#003eb3', colorTextPlaceholder: '#6b6b6b' };

const themeWithMotion = { token: { ...colours, motion: true } };
const themeWithoutMotion = { token: { ...colours, motion: false } };

export function AppRoot() {
  const { i18n: current } = useTranslation();
  const lessMotion = usePrefersReducedMotion();
  const theme = lessMotion ? themeWithoutMotion : themeWithMotion;
  return (
    <ConfigProvider locale={current.language === 'en' ? antdEn : antdZh} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RealtimeProvider>
              <RouterProvider router={router} />
            </RealtimeProvider>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
