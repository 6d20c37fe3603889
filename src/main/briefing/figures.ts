import type { IsoDate } from '../../shared/civil-date'
import type { DistrictProgress, Summary } from '../../shared/contract'
import type { AppContext } from '../app-context'
import { lightOf } from '../calendar/light'
import { computeSummary } from '../ledger/summary'
import { loadVillageItems, URBAN_VILLAGE_PATH_SQL } from '../ledger/village-item-queries'
import { rateOf } from '../documents/wording'
import { select } from '../store/typed-query'

/**
 * What a briefing printed, kept with its issue (briefing_issue.figures) so that the next issue compares
 * with what leaders read, not with a recomputation over a ledger edited since.
 */
export interface BriefingFigures {
  version: 1
  asOf: IsoDate
  summary: Summary
  districts: Omit<DistrictProgress, 'previousRank'>[]
  /** Village items done as of asOf, and those red: 本期变化 is the difference of these sets. */
  doneIds: number[]
  redIds: number[]
}

/**
 * The headline figures are the store's own (`computeSummary`, as on 总览 and in `summary --json`); the
 * per-district lines come from the same village items and the same light rule, so they add up to them.
 */
export function computeFigures(ctx: AppContext, asOf: IsoDate): BriefingFigures {
  const summary = computeSummary(ctx, asOf)
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()

  const villages = select<{ districtId: number; district: string; n: number }>(
    ctx.db,
    `WITH path AS (${URBAN_VILLAGE_PATH_SQL})
       SELECT path.districtId AS districtId, path.district AS district, count(*) AS n
         FROM path JOIN area d ON d.id = path.districtId
        GROUP BY path.districtId ORDER BY d.sort_order, d.id`
  ).all()
  const byDistrict = new Map(
    villages.map((v) => [
      v.districtId,
      {
        districtId: v.districtId,
        district: v.district,
        villages: v.n,
        items: 0,
        done: 0,
        doneOnTime: 0,
        red: 0,
        yellow: 0
      }
    ])
  )

  const doneIds: number[] = []
  const redIds: number[] = []
  for (const item of loadVillageItems(ctx.db)) {
    const info = lightOf(item, asOf, calendar, yellowWindow)
    const row = byDistrict.get(item.districtId)
    if (!row) continue
    row.items++
    if (info.light === null) {
      row.done++
      doneIds.push(item.id)
      if (info.outcome === 'on-time') row.doneOnTime++
    } else if (info.light === 'red') {
      row.red++
      redIds.push(item.id)
    } else if (info.light === 'yellow') row.yellow++
  }

  const rows = [...byDistrict.values()].map((r) => ({
    ...r,
    completionRate: rateOf(r.done, r.items),
    onTimeRate: rateOf(r.doneOnTime, r.done + r.red)
  }))
  // 排名: 完成率, then 按期率, then fewer overdue items; equal figures share a rank.
  const order = [...rows].sort(
    (a, b) => b.completionRate - a.completionRate || b.onTimeRate - a.onTimeRate || a.red - b.red
  )
  const ranked = rows.map((r) => {
    const rank =
      1 +
      order.filter(
        (o) =>
          o.completionRate > r.completionRate ||
          (o.completionRate === r.completionRate &&
            (o.onTimeRate > r.onTimeRate || (o.onTimeRate === r.onTimeRate && o.red < r.red)))
      ).length
    return { ...r, rank }
  })
  ranked.sort((a, b) => a.rank - b.rank || a.districtId - b.districtId)
  return { version: 1, asOf, summary, districts: ranked, doneIds, redIds }
}

/** 完成率 and 按期率 of the whole city, defined as for a district. */
export function cityRates(summary: Summary): { completionRate: number; onTimeRate: number } {
  const v = summary.villageItems
  return { completionRate: rateOf(v.done, v.total), onTimeRate: rateOf(v.doneOnTime, v.done + v.red) }
}
