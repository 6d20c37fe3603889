import type { Database } from 'better-sqlite3'

export interface DataFileReport {
  ok: boolean
  schemaVersion: number
  latestSchemaVersion: number
  integrity: string
  foreignKeyProblems: number
  problems: string[]
}

/**
 * Is this a sound CivDesk data file? SQLite's own integrity check, every foreign key, and a schema
 * version this CivDesk knows. An older version is sound: it is migrated when opened.
 */
export function checkDataFile(db: Database, latestSchemaVersion: number): DataFileReport {
  const problems: string[] = []
  const integrityRows = db.pragma('integrity_check') as { integrity_check: string }[]
  const integrity = integrityRows.map((r) => r.integrity_check).join('; ')
  if (integrity !== 'ok') problems.push(`完整性检查未通过：${integrity}`)
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length
  if (foreignKeyProblems > 0) problems.push(`有 ${foreignKeyProblems} 条记录引用了不存在的数据`)
  const schemaVersion = db.pragma('user_version', { simple: true }) as number
  if (schemaVersion === 0) problems.push('不是文明办工作台的数据文件（没有数据版本）')
  if (schemaVersion > latestSchemaVersion)
    problems.push(`数据版本 ${schemaVersion} 比本程序支持的 ${latestSchemaVersion} 新`)
  return {
    ok: problems.length === 0,
    schemaVersion,
    latestSchemaVersion,
    integrity,
    foreignKeyProblems,
    problems
  }
}
