import type { IsoDate } from '../../shared/civil-date'
import type { NoticeKind, NoticePlan, NoticePlanGroup, NoticeRequest } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { loadTasks } from '../ledger/task-queries'
import { loadVillageItems } from '../ledger/village-item-queries'
import { loadDueItems, placeOf, supervisionCounts, type AddressedItem } from '../documents/work-items'
import { selectValue } from '../store/typed-query'
import { noticeItems, reminderTargets, type ReminderTarget } from './notice-register'

/** One line of a notice's 附件 as it will be printed and registered. */
export interface NoticeLine {
  kind: 'village-item' | 'task'
  refId: number
  title: string
  place: string
  deadline: IsoDate | null
  light: 'red' | 'yellow' | 'green' | null
  /** 逾期5个工作日 / 剩2个工作日 / 已办结. */
  statusLabel: string
  /** 督办次数 including this notice. */
  supervisionCount: number
}

/** One notice to issue. */
export interface PlannedNotice {
  key: string
  kind: NoticeKind
  unitId: number
  unit: string
  /** The title's lines as printed; the register keeps them joined. */
  title: readonly string[]
  lines: NoticeLine[]
  cites: ReminderTarget | null
}

/** 标题 of the notices, broken into lines between words (the first the longer). */
export const NOTICE_TITLES = {
  red: ['关于加快办理城中村现代化治理', '逾期事项的督办通知'],
  mixed: ['关于加快办理城中村现代化治理', '逾期及临期事项的督办通知'],
  yellow: ['关于城中村现代化治理临期事项的督办通知'],
  reminder: ['关于督办事项逾期未反馈的催办通知']
} as const

function supervisionTitle(lines: readonly NoticeLine[]): readonly string[] {
  const red = lines.some((l) => l.light === 'red')
  const yellow = lines.some((l) => l.light === 'yellow')
  return red && yellow ? NOTICE_TITLES.mixed : red ? NOTICE_TITLES.red : NOTICE_TITLES.yellow
}

function unitOrder(ctx: AppContext): Map<number, number> {
  const rows = selectValue<number>(ctx.db, 'SELECT id FROM unit ORDER BY sort_order, name').all()
  return new Map(rows.map((id, i) => [id, i]))
}

function supervisionNotices(
  ctx: AppContext,
  asOf: IsoDate,
  request: Extract<NoticeRequest, { kind: 'supervision' }>,
  skipped: NoticePlan['skipped']
): PlannedNotice[] {
  const due = loadDueItems(ctx, asOf)
  let chosen: AddressedItem[]
  if (request.selection.mode === 'overdue') chosen = due.filter((d) => d.light === 'red')
  else {
    const villageIds = new Set(request.selection.villageItemIds ?? [])
    const taskIds = new Set(request.selection.taskIds ?? [])
    chosen = due.filter((d) => (d.kind === 'task' ? taskIds : villageIds).has(d.id))
    const found = new Set(chosen.map((d) => `${d.kind}:${d.id}`))
    const missing = [
      ...[...villageIds].filter((id) => !found.has(`village-item:${id}`)),
      ...[...taskIds].filter((id) => !found.has(`task:${id}`))
    ]
    if (missing.length > 0)
      skipped.push({
        title: `所选事项中${missing.length}项`,
        reason: '截至统计截止日期已办结或尚未临期，无需督办'
      })
  }
  const byUnit = new Map<number, PlannedNotice>()
  for (const item of chosen) {
    if (item.unitIds.length === 0) {
      skipped.push({ title: `${item.place}${item.title}`, reason: '未明确责任单位' })
      continue
    }
    item.unitIds.forEach((unitId, i) => {
      let notice = byUnit.get(unitId)
      if (!notice)
        byUnit.set(
          unitId,
          (notice = {
            key: `unit:${unitId}`,
            kind: 'supervision',
            unitId,
            unit: item.unitNames[i],
            title: [],
            lines: [],
            cites: null
          })
        )
      notice.lines.push({
        kind: item.kind,
        refId: item.id,
        title: item.title,
        place: item.place,
        deadline: item.deadline,
        light: item.light,
        statusLabel: item.label,
        supervisionCount: item.supervisionCount + 1
      })
    })
  }
  const order = unitOrder(ctx)
  return [...byUnit.values()]
    .map((n) => ({ ...n, title: supervisionTitle(n.lines) }))
    .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))
}

function reminderNotices(ctx: AppContext, asOf: IsoDate, only?: readonly number[]): PlannedNotice[] {
  const targets = reminderTargets(ctx.db, asOf, only)
  if (targets.length === 0) return []
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const counts = supervisionCounts(ctx)
  const villageItems = new Map(loadVillageItems(ctx.db).map((v) => [v.id, v]))
  const tasks = new Map(loadTasks(ctx.db).map((t) => [t.id, t]))
  return targets.map((target) => {
    const lines = noticeItems(ctx.db, target.noticeId).map((item): NoticeLine => {
      const current =
        item.refId === null
          ? undefined
          : item.kind === 'task'
            ? tasks.get(item.refId)
            : villageItems.get(item.refId)
      const info = current ? lightOf(current, asOf, calendar, yellowWindow) : null
      return {
        kind: item.kind,
        refId: item.refId ?? 0,
        title: item.title,
        place: current && item.kind === 'village-item' ? placeOf(villageItems.get(item.refId!)!) : item.place,
        deadline: current ? current.deadline : item.deadline,
        light: info?.light ?? null,
        statusLabel: info ? info.label : '台账中已删除',
        supervisionCount: (item.refId === null ? 1 : (counts.get(`${item.kind}:${item.refId}`) ?? 1)) + 1
      }
    })
    return {
      key: `notice:${target.noticeId}`,
      kind: 'reminder' as const,
      unitId: target.unitId,
      unit: target.unit,
      title: NOTICE_TITLES.reminder,
      lines,
      cites: target
    }
  })
}

/**
 * Who gets a notice and with which items. 督办通知: one per responsible unit (a task goes to each of its
 * 牵头单位), for the items chosen or for every overdue item; 催办通知: one per 督办通知 whose reply is
 * overdue and not yet chased, citing it, listing its items with their state today.
 */
export function planNotices(
  ctx: AppContext,
  asOf: IsoDate,
  issuedOn: IsoDate,
  request: NoticeRequest
): { plan: NoticePlan; notices: PlannedNotice[] } {
  if (issuedOn < asOf)
    throw new UserError('invalid-input', `发文日期（${issuedOn}）不能早于统计截止日期（${asOf}）`)
  const settings = ctx.settings()
  const skipped: NoticePlan['skipped'] = []
  const notices =
    request.kind === 'supervision'
      ? supervisionNotices(ctx, asOf, request, skipped)
      : reminderNotices(ctx, asOf, request.noticeIds)
  const warnings: string[] = []
  if (!settings.contactPerson || !settings.contactPhone)
    warnings.push('尚未填写联系人和联系电话（“设置”页或本页“通知落款与抄送”），通知中将不列联系方式。')
  const groups: NoticePlanGroup[] = notices.map((n) => ({
    key: n.key,
    unitId: n.unitId,
    unit: n.unit,
    items: n.lines.length,
    red: n.lines.filter((l) => l.light === 'red').length,
    yellow: n.lines.filter((l) => l.light === 'yellow').length,
    cites: n.cites?.number ?? null
  }))
  return {
    plan: {
      kind: request.kind,
      asOf,
      issuedOn,
      replyDue: ctx.calendar().addWorkdays(issuedOn, settings.replyWorkdays),
      replyWorkdays: settings.replyWorkdays,
      groups,
      skipped,
      warnings
    },
    notices
  }
}
