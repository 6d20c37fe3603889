import type { AppContext } from '../app-context'
import { openApp } from '../bootstrap'
import type { CliEnv } from './cli-types'

/** Opens the data file for one command and always closes it, whatever the command does. */
export async function withApp<T>(
  dataFile: string,
  env: CliEnv,
  work: (ctx: AppContext) => Promise<T> | T
): Promise<T> {
  const ctx = await openApp({ dataFile, shell: 'cli', log: env.log, clock: env.clock })
  try {
    return await work(ctx)
  } finally {
    ctx.db.close()
  }
}

export function printJson(env: CliEnv, value: unknown): void {
  env.io.stdout(JSON.stringify(value, null, 2) + '\n')
}
