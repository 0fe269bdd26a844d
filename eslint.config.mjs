import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

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
    // Components never touch tables: they go through repositories
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/schema', '@renderer/db/schema', 'dexie'],
              message: 'Go through a repository in db/repositories'
            }
          ]
        }
      ]
    }
  }
)
