import '@testing-library/jest-dom/vitest';
import '@/shared/i18n';
