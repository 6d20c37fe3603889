import type { CliCommand } from '../cli-types'
import { backupCommand } from './backup'
import { checkCommand } from './check'
import { demoCommand } from './demo'
import { dueCommand } from './due'
import { summaryCommand } from './summary'
import { tasksCommand } from './tasks'

export const commands: Record<string, CliCommand> = {
  demo: demoCommand,
  check: checkCommand,
  summary: summaryCommand,
  tasks: tasksCommand,
  due: dueCommand,
  backup: backupCommand
}
