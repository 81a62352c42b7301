import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Lesson models use Python's names (create_task, say_after) on purpose.
      camelcase: 'off',
      // A coroutine that never awaits is ordinary Python (`async def f(): return 1`).
      'require-yield': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The scheduler core, and the views computed from its traces (timeline, step-through), are pure:
    // no Node APIs, no clocks, no I/O.
    files: ['src/scheduler/**/*.ts', 'src/timeline/**/*.ts', 'src/step/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'child_process', 'os'] }],
      'no-restricted-globals': ['error', 'process', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'performance', 'console'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now' }, { object: 'Math', property: 'random' }],
    },
  },
)
