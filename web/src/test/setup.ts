import '@testing-library/jest-dom/vitest';
import '@/shared/i18n';

// jsdom has no matchMedia; Ant Design's responsive layout asks for it.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}
