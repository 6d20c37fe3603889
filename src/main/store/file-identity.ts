import type { Database } from 'better-sqlite3'

/**
 * The data file's own id (migration 7): it travels with the file when it is renamed or moved, which a
 * path cannot. Backups carry it in their name (store/backup.ts), so each file sees only its own.
 */
export function readFileId(db: Database): string | null {
  try {
    const id = db.prepare("SELECT value FROM data_file_meta WHERE key = 'file_id'").pluck().get()
    return typeof id === 'string' && /^[0-9a-f]{12}$/.test(id) ? id : null
  } catch {
    // A file before version 7, or one too damaged to read the table: no id.
    return null
  }
}

/** After a restore the file keeps its own id, whichever file the backup came from. */
export function writeFileId(db: Database, id: string): void {
  db.prepare(
    "INSERT INTO data_file_meta (key, value) VALUES ('file_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
  ).run(id)
}
