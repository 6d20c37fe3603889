import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'

function makeTempDirs(register: (cleanup: () => void) => void): () => string {
  const dirs: string[] = []
  register(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'civdesk-test-'))
    dirs.push(dir)
    return dir
  }
}

/** A fresh temporary folder for each test, removed after that test. */
export function useTempDir(): () => string {
  return makeTempDirs(afterEach)
}

/** Temporary folders shared by the tests of a file (made in beforeAll), removed after them all. */
export function useSuiteTempDir(): () => string {
  return makeTempDirs(afterAll)
}
