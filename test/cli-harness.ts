import { runCli } from '../src/main/cli/run-cli'
import { silentLogger } from '../src/main/system/logger'

/** Runs a CLI command in this process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    log: silentLogger
  })
  return { code, stdout, stderr }
}

export async function cliJson<T>(...argv: string[]): Promise<T> {
  const result = await cli(...argv, '--json')
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`)
  return JSON.parse(result.stdout) as T
}
