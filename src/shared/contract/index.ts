import type { z } from 'zod'
import { appContract } from './app'
import type { MethodSpec } from './define'
import { adminContract } from './admin'
import { backupsContract } from './backups'
import { chartsContract } from './charts'
import { documentsContract } from './documents'
import { exchangeContract } from './exchange'
import { filesContract } from './files'
import { ledgerContract } from './ledger'
import { tasksContract } from './tasks'
import { villagesContract } from './villages'

export type { Reply } from './define'
export type * from './admin'
export type * from './app'
export type * from './backups'
export type * from './charts'
export type * from './documents'
export type * from './exchange'
export type * from './ledger'
export type * from './tasks'
export type * from './villages'

/**
 * Every method the page may call, one table for IPC, the local web mode, the preload and the typed
 * client. Each capability declares its own part; `mergeContracts` refuses a name declared twice.
 */
export const contract = mergeContracts(
  appContract,
  ledgerContract,
  filesContract,
  tasksContract,
  adminContract,
  villagesContract,
  chartsContract,
  exchangeContract,
  documentsContract,
  backupsContract
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
