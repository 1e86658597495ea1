import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';

export const languages = ['zh-CN', 'en'] as const;
export type AppLanguage = (typeof languages)[number];
const storageKey = 'techmarket.language';

/** zh-CN unless the user chose English (remembered), or a link asks for it (?lang=en). */
export function initialLanguage(): AppLanguage {
  if (typeof window === 'undefined') return 'zh-CN';
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'en' || asked === 'zh-CN') {
    window.localStorage.setItem(storageKey, asked);
    return asked;
  }
  return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(language: AppLanguage) {
  window.localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
