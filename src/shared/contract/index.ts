import type { z } from 'zod'
import type { MethodSpec } from './define'
import { appContract } from './app'
import { areaContract } from './area'
import { assessmentContract } from './assessment'
import { auditContract } from './audit'
import { backupContract } from './backup'
import { briefingContract } from './briefing'
import { calendarContract } from './calendar'
import { catalogContract } from './catalog'
import { chartContract } from './chart'
import { dataFileContract } from './data-file'
import { exchangeContract } from './exchange'
import { fileContract } from './file'
import { ledgerContract } from './ledger'
import { milestoneContract } from './milestone'
import { noticeContract } from './notice'
import { packContract } from './pack'
import { progressContract } from './progress'
import { roundContract } from './round'
import { sampleContract } from './sample'
import { scheduleContract } from './schedule'
import { settingsContract } from './settings'
import { taskContract } from './task'
import { villageContract } from './village'

export type { Reply } from './define'
export type * from './app'
export type * from './area'
export type * from './assessment'
export type * from './audit'
export type * from './backup'
export type * from './briefing'
export type * from './calendar'
export type * from './catalog'
export type * from './chart'
export type * from './exchange'
export type * from './ledger'
export type * from './milestone'
export type * from './notice'
export type * from './pack'
export type * from './progress'
export type * from './round'
export type * from './sample'
export type * from './schedule'
export type * from './task'
export type * from './village'

/**
 * Every method the page may call, one table for IPC, the local web mode, the preload and the typed
 * client. A method `prefix.name` is declared in `contract/<prefix>.ts` (camelCase prefixes in kebab-case:
 * `dataFile` → `data-file.ts`), answered by `main/api/<prefix>-handlers.ts` and served from
 * `main/<prefix>/` where it needs more than the handler (test/contract-layout.test.ts checks all three).
 * `mergeContracts` refuses a name declared twice.
 */
export const contractParts = {
  app: appContract,
  area: areaContract,
  assessment: assessmentContract,
  audit: auditContract,
  backup: backupContract,
  briefing: briefingContract,
  calendar: calendarContract,
  catalog: catalogContract,
  chart: chartContract,
  dataFile: dataFileContract,
  exchange: exchangeContract,
  file: fileContract,
  ledger: ledgerContract,
  milestone: milestoneContract,
  notice: noticeContract,
  pack: packContract,
  progress: progressContract,
  round: roundContract,
  sample: sampleContract,
  schedule: scheduleContract,
  settings: settingsContract,
  task: taskContract,
  village: villageContract
}

export const contract = mergeContracts(
  appContract,
  areaContract,
  assessmentContract,
  auditContract,
  backupContract,
  briefingContract,
  calendarContract,
  catalogContract,
  chartContract,
  dataFileContract,
  exchangeContract,
  fileContract,
  ledgerContract,
  milestoneContract,
  noticeContract,
  packContract,
  progressContract,
  roundContract,
  sampleContract,
  scheduleContract,
  settingsContract,
  taskContract,
  villageContract
)
export type Contract = typeof contract
export type MethodName = keyof Contract & string
/** What the caller passes (defaults may be omitted). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
/** What the handler receives, after parsing. */
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']>['of']

export const methodNames = Object.freeze(Object.keys(contract) as MethodName[])

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

/** The ipcMain channel of a method: one prefix, so nothing else on the bus can be mistaken for ours. */
export function channelOf(method: MethodName): string {
  return `civdesk:${method}`
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never

function mergeContracts<T extends Record<string, MethodSpec>[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, MethodSpec> = {}
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (name in merged) throw new Error(`API method declared twice: ${name}`)
      merged[name] = spec
    }
  }
  return merged as UnionToIntersection<T[number]>
}
