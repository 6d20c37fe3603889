import { randomBytes } from 'node:crypto'
import type { Migration } from './migration'

/**
 * The sample city's names were the defaults of every data file up to version 6, so a file that never
 * loaded the sample showed them in 设置 → 单位与公文 and printed them on its documents. From version 7 a
 * new file has no office names. Frozen here as they were shipped, not imported from the sample.
 */
const OLD_DEFAULTS: Record<string, string> = {
  officeName: '示例市精神文明建设指导委员会办公室',
  officeShortName: '示例市文明办',
  supervisionPrefix: '示例文明办督',
  reminderPrefix: '示例文明办催',
  briefingName: '城中村现代化治理工作简报',
  briefingEditor: '示例市城中村现代化治理工作领导小组办公室'
}

/**
 * Two things a data file must know about itself (version 7):
 * - data_file_meta.file_id: a random id that stays with the file when it is renamed or moved, so its
 *   backups are told apart from another file's in a shared backup folder (backup/backup-catalog.ts);
 * - the office's names: a file that loaded the sample (setting sampleAsOf) keeps the sample's names it
 *   showed until now, written as values; in any other file a name still equal to an old default came
 *   from the defaults, not from the clerk, and is removed, so the clerk is asked for the real one.
 */
export const fileIdentity: Migration = {
  version: 7,
  name: 'file-identity',
  up(db) {
    db.exec(`
      CREATE TABLE data_file_meta (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 40),
        value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 200)
      ) STRICT;
    `)
    db.prepare("INSERT INTO data_file_meta (key, value) VALUES ('file_id', ?)").run(newFileId())
    const sample = db.prepare("SELECT value FROM setting WHERE key = 'sampleAsOf'").pluck().get() as
      string | undefined
    const loadedSample = sample !== undefined && sample !== 'null'
    for (const [key, value] of Object.entries(OLD_DEFAULTS)) {
      if (loadedSample) {
        db.prepare('INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)').run(key, JSON.stringify(value))
      } else {
        db.prepare('DELETE FROM setting WHERE key = ? AND value = ?').run(key, JSON.stringify(value))
      }
    }
  }
}

/** 12 hex digits (48 random bits): short enough for a backup's file name, unique enough for an office. */
export function newFileId(): string {
  return randomBytes(6).toString('hex')
}
