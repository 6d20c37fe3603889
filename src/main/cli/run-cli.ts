import { parseArgs } from 'node:util'
import { UserError } from '../../shared/errors'
import type { CliCommand, CliEnv } from './cli-types'
import { commands } from './commands'

/**
 * Runs one CLI command and returns its exit code: 0 success; 2 the user's mistake (bad arguments, a bad
 * input file) with a Chinese message on stderr and nothing written; 1 anything else. JSON alone goes to
 * stdout, so `--json` output can be piped.
 */
export async function runCli(argv: readonly string[], env: CliEnv): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    env.io.stdout(helpText())
    return name === undefined ? 2 : 0
  }
  const command: CliCommand | undefined = Object.prototype.hasOwnProperty.call(commands, name)
    ? commands[name]
    : undefined
  if (!command) {
    env.io.stderr(`未知命令：${name}\n\n${helpText()}`)
    return 2
  }
  try {
    let values
    let positionals: string[]
    try {
      ;({ values, positionals } = parseArgs({
        args: [...rest],
        options: command.options,
        strict: true,
        allowPositionals: (command.positionals ?? 0) > 0
      }))
      if (positionals.length > (command.positionals ?? 0))
        throw new Error(`多余的参数：${positionals.join(' ')}`)
    } catch (error) {
      throw new UserError(
        'invalid-input',
        `参数有误：${error instanceof Error ? error.message : String(error)}\n用法：${command.usage}`
      )
    }
    await command.run(values as Record<string, string | boolean | undefined>, env, positionals)
    return 0
  } catch (error) {
    if (error instanceof UserError) {
      env.io.stderr(`${error.message}\n`)
      return error.code === 'internal' ? 1 : 2
    }
    env.log.error(`command ${name} failed`, error)
    env.io.stderr(`命令执行失败：${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

function helpText(): string {
  const lines = ['文明办工作台命令行（npm run -s cli -- <命令> [参数]）', '']
  for (const [name, command] of Object.entries(commands))
    lines.push(`  ${name.padEnd(8)} ${command.summary}`, `           ${command.usage}`)
  return lines.join('\n') + '\n'
}
