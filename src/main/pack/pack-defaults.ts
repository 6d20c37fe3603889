import type { IsoDate } from '../../shared/civil-date'
import { yearOf } from '../../shared/civil-date'
import type { PackDefaults, PackOptions } from '../../shared/contract'
import { DEFAULT_RECTIFY_DAYS } from '../../shared/contract/pack'
import type { AppContext } from '../app-context'
import { nextIssueNo } from '../briefing/briefing-store'
import { previewNotices } from '../notice/notice-service'
import { recoverPacks } from './pack-recovery'
import { lastOptions } from './pack-store'
import { PACK_PARTS } from './parts'

export const DEFAULT_MEETING_TITLE = '城中村现代化治理工作领导小组会议'

/** What a first pack offers: every part, all units with overdue items, 催办 included. */
function firstOptions(asOf: IsoDate): PackOptions {
  return {
    title: DEFAULT_MEETING_TITLE,
    meetingDate: asOf,
    asOf,
    issuedOn: asOf,
    briefing: { include: true },
    notices: { include: true, units: 'overdue', reminders: true },
    dueList: { include: true },
    reporting: { include: true },
    bulletin: { include: true, rectifyDays: DEFAULT_RECTIFY_DAYS }
  }
}

/**
 * The page's starting point: the last pack's choices (name, parts, units, 催办) with the dates moved to
 * `asOf` and the 期号 left to the next free one, each part with what it would hold. A pack committed but
 * not yet moved into place (the app stopped in between) is finished first, unless one is being written.
 */
export function packDefaults(ctx: AppContext, asOf: IsoDate, running: boolean): PackDefaults {
  if (!running) recoverPacks(ctx.db)
  const last = lastOptions(ctx.db)
  const options: PackOptions = last
    ? {
        ...last,
        meetingDate: asOf,
        asOf,
        issuedOn: asOf,
        briefing: { include: last.briefing.include }
      }
    : firstOptions(asOf)
  const plan = previewNotices(ctx, asOf, asOf, { kind: 'supervision', selection: { mode: 'overdue' } })
  return {
    options,
    parts: PACK_PARTS.map((part, i) => ({
      key: part.key,
      number: String(i + 1).padStart(2, '0'),
      title: part.title,
      ...part.describe(ctx, options)
    })),
    units: plan.groups.map((g) => ({ id: g.unitId, name: g.unit, red: g.red, yellow: g.yellow })),
    nextIssueNo: nextIssueNo(ctx.db, yearOf(asOf))
  }
}
