import type { Database } from 'better-sqlite3'
import { packOptionsSchema, type PackOptions } from '../../shared/contract/pack'
import type { Clock } from '../system/clock'
import { writeAudit } from '../store/audit'
import type { CamelRow } from '../store/rows'
import { select, selectValue } from '../store/typed-query'

export type PackRecord = CamelRow<
  'meeting_pack',
  'title' | 'meeting_date' | 'as_of' | 'snapshot_at' | 'folder' | 'staging'
> & { options: PackOptions; files: number }

/**
 * Records a pack in the commit transaction, naming its staging folder: the row is the pack's commit point
 * (migration 10). Call inside the caller's transaction, after the parts registered what they issued.
 */
export function insertPack(db: Database, clock: Clock, pack: PackRecord): number {
  const now = clock.now()
  const id = Number(
    db
      .prepare(
        `INSERT INTO meeting_pack (title, meeting_date, as_of, snapshot_at, folder, staging, options, created_at)
         VALUES (@title, @meetingDate, @asOf, @snapshotAt, @folder, @staging, @options, @now)`
      )
      .run({
        title: pack.title,
        meetingDate: pack.meetingDate,
        asOf: pack.asOf,
        snapshotAt: pack.snapshotAt,
        folder: pack.folder,
        staging: pack.staging,
        options: JSON.stringify(pack.options),
        now
      }).lastInsertRowid
  )
  writeAudit(db, clock, {
    entity: 'meeting-pack',
    entityId: id,
    action: 'issue',
    summary: `生成会议材料“${pack.meetingDate} ${pack.title}”（数据截至${pack.asOf}，${pack.files}个文件）`,
    after: { folder: pack.folder, asOf: pack.asOf, snapshotAt: pack.snapshotAt }
  })
  return id
}

/** The files of a committed pack are in place: the staging folder is gone. */
export function markPlaced(db: Database, id: number): void {
  db.prepare('UPDATE meeting_pack SET staging = NULL WHERE id = ?').run(id)
}

/** Packs committed whose files were not yet moved into place (the process stopped in between). */
export function unplacedPacks(db: Database): CamelRow<'meeting_pack', 'id' | 'folder' | 'staging'>[] {
  return select<CamelRow<'meeting_pack', 'id' | 'folder' | 'staging'>>(
    db,
    'SELECT id, folder, staging FROM meeting_pack WHERE staging IS NOT NULL ORDER BY id'
  ).all()
}

/** The options of the last pack written, if any and if they still read as options. */
export function lastOptions(db: Database): PackOptions | null {
  const json = selectValue<string>(db, 'SELECT options FROM meeting_pack ORDER BY id DESC LIMIT 1').get()
  if (json === undefined) return null
  try {
    const parsed = packOptionsSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
