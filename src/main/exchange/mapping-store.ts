import type { Database } from 'better-sqlite3'
import type { ImportField } from '../../shared/contract'
import type { Row } from '../store/rows'
import { selectValue } from '../store/typed-query'
import type { Clock } from '../system/clock'

/**
 * The mappings a clerk corrected, by header signature (header-detect.ts `headerSignature`): the next sheet
 * with exactly the same headers is read with the same mapping, and the wizard says so.
 */
export function rememberedMapping(db: Database, signature: string): Map<number, ImportField> | null {
  const stored = selectValue<Row<'import_mapping'>['fields'], [string]>(
    db,
    'SELECT fields FROM import_mapping WHERE signature = ?'
  ).get(signature)
  if (stored === undefined) return null
  try {
    // Written by rememberMapping below, from a mapping the kind accepted (sheet-mapping.ts checks it).
    const fields = JSON.parse(stored) as { index: number; field: ImportField }[]
    return new Map(fields.map((f) => [f.index, f.field]))
  } catch {
    // A damaged row is as good as none: the automatic mapping applies and the next commit rewrites it.
    return null
  }
}

export function rememberMapping(
  db: Database,
  clock: Clock,
  entry: { signature: string; kind: string; headers: string[]; fields: ReadonlyMap<number, ImportField> }
): void {
  db.prepare(
    `INSERT INTO import_mapping (signature, kind, headers, fields, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET fields = excluded.fields, headers = excluded.headers,
       updated_at = excluded.updated_at`
  ).run(
    entry.signature,
    entry.kind,
    JSON.stringify(entry.headers),
    JSON.stringify([...entry.fields].map(([index, field]) => ({ index, field }))),
    clock.now()
  )
}
