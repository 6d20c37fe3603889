import type { Database } from 'better-sqlite3'
import type { IsoDate } from '../../shared/civil-date'
import { select } from '../store/typed-query'

/** A milestone of a live task or of an applicable village item, with what it belongs to. */
export interface StoredMilestone {
  id: number
  title: string
  deadline: IsoDate
  status: 'open' | 'done'
  completedDate: IsoDate | null
  taskId: number | null
  villageItemId: number | null
}

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
