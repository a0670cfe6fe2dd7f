import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { moduleBoundaries } from './eslint-rules/module-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      '**/dev-dist/**',
      '.emulators/**',
      '.data/**',
      '.artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['web-admin/src/**/*.{ts,tsx}', 'web-client/src/**/*.{ts,tsx}', 'web-shared/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // A module is entered through its index.ts only (docs/adding-a-capability.md, the admin module).
    // Tests may look inside the modules they check.
    files: ['web-admin/src/**/*.{ts,tsx}', 'web-client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { estate: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: { 'estate/module-boundaries': 'error' },
  },
  {
    // Functions run unattended: a promise nobody awaits is work that may be cut off when the function
    // returns, or an error nobody sees. Type-aware, so only where it matters most.
    files: ['functions/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // One way into a transaction, which also runs again what the emulator reports as closed.
    files: ['functions/src/**/*.ts'],
    ignores: ['functions/src/lib/transactions.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'runTransaction', message: 'Use runTransaction(db, …) from lib/transactions.' },
      ],
    },
  },
  {
    // Tool configuration files must default-export their configuration.
    files: ['**/*.config.{ts,js,mjs}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // contacts/ knows no capability that holds data about a contact: they take part in its merge,
    // erasure and copies as participants of the contact lifecycle, wired in the one file exempted here.
    files: ['functions/src/contacts/**/*.ts'],
    ignores: ['functions/src/contacts/contact-lifecycle.participants.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['history', 'tasks', 'pipeline', 'leads', 'mail', 'properties'].flatMap((capability) => [
                `../${capability}`,
                `../${capability}/**`,
              ]),
              message:
                'contacts/ imports no other capability: they join the contact lifecycle (contact-lifecycle.participants.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
