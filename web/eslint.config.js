// Lint for what the compiler does not check (npm run lint; scripts/test.sh runs it): the rules of hooks — a hook called
// conditionally, an effect or callback that reads a value it does not list — and the recommended rules of JavaScript
// and typescript-eslint. The React Compiler's stricter rules (eslint-plugin-react-hooks' newer presets) are left out:
// this app does not use the compiler.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'src/shared/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
);
