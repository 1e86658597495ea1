// Lint for what the compiler does not check (npm run lint; scripts/test.sh runs it): the recommended rules of JavaScript
// and typescript-eslint, and eslint-plugin-react-hooks' full preset — the rules of hooks, an effect or callback that
// reads a value it does not list (an error here, not a warning), and the rules that keep rendering pure: no ref read or
// written while rendering, no state set synchronously in an effect, no impure call in render.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'src/shared/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  { rules: { 'react-hooks/exhaustive-deps': 'error' } },
  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
);
