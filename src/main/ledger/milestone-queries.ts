import type { Database } from 'better-sqlite3'
import type { CamelRow } from '../store/rows'
import { select } from '../store/typed-query'

/** A milestone of a live task or of an applicable village item, with what it belongs to. */
export type StoredMilestone = CamelRow<
  'milestone',
  'id' | 'title' | 'deadline' | 'status' | 'completed_date' | 'task_id' | 'village_item_id'
>

export function loadMilestones(db: Database): StoredMilestone[] {
  return select<StoredMilestone>(
    db,
    `SELECT m.id, m.title, m.deadline, m.status, m.completed_date AS completedDate,
              m.task_id AS taskId, m.village_item_id AS villageItemId
         FROM milestone m
         LEFT JOIN task t ON t.id = m.task_id
         LEFT JOIN village_item vi ON vi.id = m.village_item_id
        WHERE (m.task_id IS NOT NULL AND t.deleted_at IS NULL) OR (m.village_item_id IS NOT NULL AND vi.applicable = 1)
        ORDER BY m.deadline, m.id`
  ).all()
}
