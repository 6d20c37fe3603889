import type { Database } from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { ImportKind, ImportPreview, MappingOverride } from '../src/shared/contract'
import { dispatch } from '../src/main/api/dispatch'
import { createHandlers, type Handlers } from '../src/main/api/handlers'
import { createAppContext, type AppContext } from '../src/main/app-context'
import { openApp } from '../src/main/bootstrap'
import { planImport, type ImportPlan } from '../src/main/exchange/import-plan'
import { previewOf } from '../src/main/exchange/import-preview'
import { openLedger } from '../src/main/exchange/ledger-file'
import type { TaskValues } from '../src/main/exchange/kinds/tasks/task-lookups'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import { cli } from './cli-harness'

export const AS_OF = '2025-09-30'
export const clock = fixedClock('2025-09-30T10:00:00+08:00')

export function sampleDb(): Database {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: 1 })
  return db
}

export function memoryContext(db: Database, backupDir = '/nonexistent'): AppContext {
  return createAppContext({
    db,
    clock,
    log: silentLogger,
    dataFile: ':memory:',
    backupDir,
    shell: 'cli',
    appVersion: 'test'
  })
}

/** What an import of these bytes would do on `db` (nothing written). */
export async function previewBytes(
  db: Database,
  bytes: Buffer,
  options: { name?: string; kind?: ImportKind | 'auto'; mappings?: MappingOverride[] } = {}
): Promise<{ plan: ImportPlan; preview: ImportPreview }> {
  const file = await openLedger(bytes, options.name ?? '台账.xlsx', options.kind ?? 'tasks')
  const plan = planImport(db, file, options.mappings ?? [], AS_OF)
  return { plan, preview: previewOf(plan) }
}

/** The values each task row would have after the import, by code (or title when it has none). */
export function taskValues(
  plan: ImportPlan
): Map<string, TaskValues & { lead: string[]; support: string[] }> {
  if (plan.kind !== 'tasks') throw new Error('not a task plan')
  return new Map(
    plan.rows.map((r) => [
      r.after.code ?? r.after.title,
      {
        ...r.after,
        lead: (r.leadUnits ?? []).map((u) => u.name),
        support: (r.supportUnits ?? []).map((u) => u.name)
      }
    ])
  )
}

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/** The sample city written by `cli demo` to a data file in `dir`, opened as the app opens it. */
export async function demoApp(dir: string): Promise<{ ctx: AppContext; handlers: Handlers }> {
  const dataFile = join(dir, '示例市.db')
  expect((await cli('demo', '--db', dataFile)).code).toBe(0)
  const ctx = await openApp({ dataFile, shell: 'cli', log: silentLogger, clock })
  return { ctx, handlers: createHandlers(ctx) }
}

/** A call through the real dispatch, as the wizard makes it; a refusal is thrown with its code. */
export function dispatcher(handlers: () => Handlers) {
  return async <T>(method: string, payload: unknown): Promise<T> => {
    const reply = await dispatch(handlers(), method, payload, silentLogger)
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code })
    return reply.value as T
  }
}

/** Writes a workbook into `dir` and hands back the handle a file dialog would give the wizard for it. */
export function chosenLedger(ctx: AppContext, dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return ctx.files.register(path, 'ledger-xlsx', 'input').ref
}
