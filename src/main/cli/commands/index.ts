import type { CliCommand } from '../cli-types'
import { assessCommand } from './assess'
import { backupCommand } from './backup'
import { briefCommand } from './brief'
import { calendarCommand } from './calendar'
import { restoreCommand } from './restore'
import { checkCommand } from './check'
import { demoCommand } from './demo'
import { dueCommand } from './due'
import { exportCommand } from './export'
import { importCommand } from './import'
import { initCommand } from './init'
import { noticesCommand } from './notices'
import { officeCommand } from './office'
import { roundCommand } from './round'
import { packCommand } from './pack'
import { summaryCommand } from './summary'
import { tasksCommand } from './tasks'

export const commands: Record<string, CliCommand> = {
  init: initCommand,
  demo: demoCommand,
  office: officeCommand,
  check: checkCommand,
  summary: summaryCommand,
  tasks: tasksCommand,
  due: dueCommand,
  backup: backupCommand,
  restore: restoreCommand,
  import: importCommand,
  export: exportCommand,
  brief: briefCommand,
  notices: noticesCommand,
  round: roundCommand,
  pack: packCommand,
  calendar: calendarCommand,
  assess: assessCommand
}
