import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // better-sqlite3 is a native module: forks keep each test file in its own process.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
