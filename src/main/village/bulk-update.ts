import type { IsoDate } from '../../shared/civil-date'
import type { BulkUpdateResult } from '../../shared/contract'
import { WORK_STATUS_LABEL, type WorkStatus } from '../../shared/domain'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { takeBackup } from '../backup/backup-service'
import { writeAudit } from '../store/audit'
import type { CamelRow, Row } from '../store/rows'
import { select } from '../store/typed-query'
import { assertUnit, settleStatus } from './village-item-service'

export interface BulkChanges {
  ids: number[]
  deadline?: IsoDate
  responsibleUnitId?: number
  status?: WorkStatus
  completedDate?: IsoDate
}

/** A selected village item as stored, with whether its catalog item was removed. */
type Target = CamelRow<
  'village_item',
  'id' | 'applicable' | 'responsible_unit_id' | 'deadline' | 'status' | 'completed_date' | 'percent' | 'note'
> & { itemDeleted: Row<'governance_item'>['deleted_at'] }

/**
 * One change to many village items (the cells the clerk selected in the matrix): a backup of the data
 * file first (reason bulk-change), then every item in one transaction with one audit row listing each
 * item's old values. Any item that cannot take the change (gone, 不适用, removed from the catalog)
 * refuses the whole change, before the backup and before any write.
 */
export async function bulkUpdateVillageItems(
  ctx: AppContext,
  changes: BulkChanges
): Promise<BulkUpdateResult> {
  const ids = [...new Set(changes.ids)]
  loadTargets(ctx, ids)
  if (changes.responsibleUnitId !== undefined) assertUnit(ctx.db, changes.responsibleUnitId)
  const backupName = (await takeBackup(ctx, 'bulk-change')).name

  const changed = ctx.db.transaction(() => {
    // Checked again inside the transaction: the data may have moved during the backup.
    const targets = loadTargets(ctx, ids)
    if (changes.responsibleUnitId !== undefined) assertUnit(ctx.db, changes.responsibleUnitId)
    const now = ctx.clock.now()
    const update = ctx.db.prepare(
      `UPDATE village_item SET responsible_unit_id = ?, deadline = ?, status = ?, completed_date = ?,
              percent = ?, updated_at = ? WHERE id = ?`
    )
    const before: Omit<Target, 'applicable' | 'itemDeleted' | 'note'>[] = []
    for (const t of targets) {
      const alreadyDone = t.status === 'done' && changes.status === 'done'
      const after = settleStatus(
        {
          applicable: true,
          note: t.note,
          percent: t.percent,
          responsibleUnitId: changes.responsibleUnitId ?? t.responsibleUnitId,
          deadline: changes.deadline ?? t.deadline,
          status: changes.status ?? t.status,
          // Items that were done already keep their own completion date.
          completedDate: alreadyDone ? t.completedDate : (changes.completedDate ?? t.completedDate)
        },
        `编号${t.id}的村治理事项`
      )
      update.run(
        after.responsibleUnitId,
        after.deadline,
        after.status,
        after.completedDate,
        after.percent,
        now,
        t.id
      )
      before.push({
        id: t.id,
        responsibleUnitId: t.responsibleUnitId,
        deadline: t.deadline,
        status: t.status,
        completedDate: t.completedDate,
        percent: t.percent
      })
    }
    writeAudit(ctx.db, ctx.clock, {
      entity: 'village_item',
      action: 'bulk-update',
      summary: `批量修改${targets.length}项村治理事项：${describeChanges(ctx, changes)}（修改前已备份为 ${backupName}）`,
      before,
      after: {
        ids,
        deadline: changes.deadline,
        responsibleUnitId: changes.responsibleUnitId,
        status: changes.status,
        completedDate: changes.completedDate
      }
    })
    return targets.length
  })()
  return { changed, backupFile: backupName }
}

function loadTargets(ctx: AppContext, ids: number[]): Target[] {
  const byId = select<Target>(
    ctx.db,
    `SELECT vi.id, vi.applicable, gi.deleted_at AS itemDeleted, vi.responsible_unit_id AS responsibleUnitId,
            vi.deadline, vi.status, vi.completed_date AS completedDate, vi.percent, vi.note
       FROM village_item vi JOIN governance_item gi ON gi.id = vi.item_id WHERE vi.id = ?`
  )
  const targets: Target[] = []
  const missing: number[] = []
  let notApplicable = 0
  let removed = 0
  for (const id of ids) {
    const t = byId.get(id)
    if (!t) missing.push(id)
    else if (t.itemDeleted !== null) removed++
    else if (t.applicable !== 1) notApplicable++
    else targets.push(t)
  }
  if (missing.length > 0)
    throw new UserError(
      'not-found',
      `所选单元格中有${missing.length}项村治理事项已不存在（如编号${missing[0]}），请刷新后重新选择；未作任何修改。`
    )
  if (removed > 0)
    throw new UserError(
      'conflict',
      `所选单元格中有${removed}项属于已删除的治理事项，请刷新后重新选择；未作任何修改。`
    )
  if (notApplicable > 0)
    throw new UserError(
      'conflict',
      `所选单元格中有${notApplicable}项对该村不适用，请取消选择这些单元格后再批量修改；未作任何修改。`
    )
  return targets
}

function describeChanges(ctx: AppContext, changes: BulkChanges): string {
  const parts: string[] = []
  if (changes.deadline !== undefined) parts.push(`完成时限改为${changes.deadline}`)
  if (changes.responsibleUnitId !== undefined) {
    const name = ctx.db.prepare('SELECT name FROM unit WHERE id = ?').pluck().get(changes.responsibleUnitId)
    parts.push(`责任单位改为${String(name)}`)
  }
  if (changes.status !== undefined) {
    parts.push(
      `状态改为${WORK_STATUS_LABEL[changes.status]}` +
        (changes.status === 'done' && changes.completedDate ? `（完成日期${changes.completedDate}）` : '')
    )
  }
  return parts.join('，')
}
