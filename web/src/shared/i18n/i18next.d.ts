import 'i18next';
import type { zhCN } from './zh-CN';

// Keys are checked by the compiler: t('nav.home') compiles, a key missing from the dictionaries does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}
