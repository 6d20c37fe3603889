import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import type { TaskRow } from '../../src/shared/contract'

const ROOT = join(__dirname, '..', '..')

/** Runs `npm run -s cli -- …` (through tsx, as npm would) and returns its exit code and output. */
export function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src/main/cli.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8'
    }
  )
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

export function cliJson<T>(args: string[]): T {
  const result = runCli([...args, '--json'])
  if (result.status !== 0)
    throw new Error(`cli ${args.join(' ')} failed (${result.status}): ${result.stderr}`)
  return JSON.parse(result.stdout) as T
}

/** The data file's tasks as `tasks --json` reports them: what a story checks the page against. */
export const tasksOf = (dataFile: string): TaskRow[] => cliJson<TaskRow[]>(['tasks', '--db', dataFile])
