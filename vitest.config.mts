import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // better-sqlite3 is a native module: forks keep each test file in its own process.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on the 2-core CI machine. Many files wait
    // on LibreOffice, python or a CLI child, so two workers there ran the suite (one zone) in 188 s
    // against 253 s; three were slower (212 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
