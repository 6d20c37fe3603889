import type { ParseArgsConfig } from 'node:util'
import type { Logger } from '../system/logger'
import type { Clock } from '../system/clock'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
}

export interface CliEnv {
  io: CliIo
  log: Logger
  clock?: Clock
}

export type OptionValues = Record<string, string | boolean | undefined>

export interface CliCommand {
  /** One line of Chinese help. */
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  /** How many arguments without a --name the command takes (e.g. the file `import` reads); none by default. */
  positionals?: number
  run(values: OptionValues, env: CliEnv, positionals: string[]): Promise<void>
}
