import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Lint holds the chokepoints (style.md): `electron` only in the shell files, `better-sqlite3` only in
 * the store (and the few places that open a file for a command), nothing Node-ish in the page or in
 * src/shared.
 */
const ELECTRON_FILES = [
  'src/main/index.ts',
  'src/main/ipc.ts',
  'src/main/security.ts',
  'src/main/window.ts',
  'src/main/menu.ts',
  'src/main/shell/**',
  'src/preload/**'
]

const NO_ELECTRON = {
  name: 'electron',
  message: 'Only the shell files (index, ipc, security, window, menu, shell/, preload) may import electron.'
}
const NO_SQLITE = {
  name: 'better-sqlite3',
  allowTypeImports: true,
  message: 'Open and query the data file through src/main/store.'
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['src/main/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    ignores: [...ELECTRON_FILES, 'src/main/store/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON, NO_SQLITE] }] }
  },
  {
    files: ['src/main/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_ELECTRON] }] }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3', 'fs', 'path', 'react', 'antd'],
              message: 'src/shared is pure TypeScript: no Node, no DOM, no UI.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3', '**/main/**', '**/preload/index*'],
              message: 'The page talks to the main process only through api/client.ts.'
            }
          ]
        }
      ]
    }
  }
)
