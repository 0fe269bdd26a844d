import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'

// Components never touch tables: they go through repositories
const NO_TABLES = {
  group: ['**/db/schema', '@renderer/db/schema', 'dexie'],
  message: 'Go through a repository in db/repositories'
}
// A feature is used through its index.ts: its other files are its own business
const FEATURES = readdirSync(new URL('renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const featureInternals = (own) => ({
  group: ['@renderer/features/*/**', ...(own ? [`!@renderer/features/${own}/**`] : [])],
  message: 'Import another feature through its index (@renderer/features/<name>), not its files'
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results.json', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // shared/ is used by both processes: nothing platform-specific may enter it
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must stay platform-free' },
            { group: ['react', 'react-dom', 'react/*'], message: 'shared/ must stay platform-free' },
            { group: ['dexie', 'dexie-*'], message: 'shared/ must stay platform-free' },
            { group: ['node:*'], message: 'shared/ must stay platform-free' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports nothing from the processes'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['renderer/src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TABLES, featureInternals(null)] }] }
  },
  {
    files: [
      'renderer/src/{components,hooks,db,platform,i18n,bench}/**/*.{ts,tsx}',
      'renderer/src/*.{ts,tsx}'
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [featureInternals(null)] }] }
  },
  ...FEATURES.map((feature) => ({
    files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TABLES, featureInternals(feature)] }] }
  }))
)
