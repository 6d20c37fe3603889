import type { IsoDate } from '../../shared/civil-date'
import type {
  AttentionItem,
  DashboardCharts,
  DistrictVillageItems,
  LightTally,
  MonthCompletions,
  UnitLights
} from '../../shared/contract'
import type { LightInfo } from '../../shared/domain'
import type { AppContext } from '../app-context'
import { isDoneAsOf, lightOf } from '../calendar/light'
import { listDue } from '../ledger/due'
import { loadTasks } from '../ledger/task-queries'
import { loadVillageItems } from '../ledger/village-item-queries'
import type { CamelRow } from '../store/rows'
import { select, selectValue } from '../store/typed-query'
import { loadUrbanVillages } from '../village/urban-villages'

function emptyTally(): LightTally {
  return { total: 0, done: 0, red: 0, yellow: 0, green: 0 }
}

function count(into: LightTally, info: LightInfo): void {
  into.total++
  if (info.light === null) into.done++
  else into[info.light]++
}

/**
 * What 总览's charts draw, as of a date, with the same light rule as the summary: village items by 区,
 * tasks by 牵头单位, completions per month, and the red and yellow items with what each one opens.
 */
export function buildDashboardCharts(ctx: AppContext, asOf: IsoDate): DashboardCharts {
  const calendar = ctx.calendar()
  const { yellowWindow } = ctx.settings()
  const months = new Map<string, MonthCompletions>()
  const completed = (date: IsoDate | null, kind: 'tasks' | 'villageItems') => {
    if (date === null || date > asOf) return
    const month = date.slice(0, 7)
    const entry = months.get(month) ?? { month, tasks: 0, villageItems: 0 }
    entry[kind]++
    months.set(month, entry)
  }

  // Districts in the office's order, each with its urban villages (a district without one is left out).
  const districts = new Map<number, DistrictVillageItems>()
  const districtOf = new Map<number, DistrictVillageItems>()
  for (const v of loadUrbanVillages(ctx.db)) {
    let d = districts.get(v.districtId)
    if (!d)
      districts.set(
        v.districtId,
        (d = { districtId: v.districtId, district: v.district, villages: 0, ...emptyTally() })
      )
    d.villages++
    districtOf.set(v.id, d)
  }
  for (const item of loadVillageItems(ctx.db)) {
    const d = districtOf.get(item.villageId)
    if (!d) continue
    count(d, lightOf(item, asOf, calendar, yellowWindow))
    if (isDoneAsOf(item, asOf)) completed(item.completedDate, 'villageItems')
  }

  const units = new Map<string, UnitLights>()
  for (const task of loadTasks(ctx.db)) {
    const info = lightOf(task, asOf, calendar, yellowWindow)
    for (const unit of task.leadUnits.length > 0 ? task.leadUnits : ['（未定牵头单位）']) {
      const u = units.get(unit) ?? { unit, ...emptyTally() }
      count(u, info)
      units.set(unit, u)
    }
    if (isDoneAsOf(task, asOf)) completed(task.completedDate, 'tasks')
  }

  return {
    asOf,
    byDistrict: [...districts.values()],
    byLeadUnit: [...units.values()].sort(
      (a, b) =>
        b.red - a.red || b.yellow - a.yellow || b.total - a.total || a.unit.localeCompare(b.unit, 'zh-CN')
    ),
    completionsByMonth: fillMonths(months, planStartMonth(ctx) ?? asOf.slice(0, 7), asOf.slice(0, 7)),
    attention: attentionItems(ctx, asOf)
  }
}

/** The red and yellow list of `due`, each with the task or village item a click opens. */
function attentionItems(ctx: AppContext, asOf: IsoDate): AttentionItem[] {
  const owners = new Map(
    select<CamelRow<'milestone', 'id' | 'task_id' | 'village_item_id'>>(
      ctx.db,
      'SELECT id, task_id AS taskId, village_item_id AS villageItemId FROM milestone'
    )
      .all()
      .map((m) => [m.id, m])
  )
  return listDue(ctx, asOf).map((item) => {
    if (item.kind !== 'milestone') return { ...item, open: { kind: item.kind, id: item.id } }
    const owner = owners.get(item.id)!
    return {
      ...item,
      open:
        owner.taskId !== null
          ? { kind: 'task', id: owner.taskId }
          : { kind: 'village-item', id: owner.villageItemId! }
    }
  })
}

function planStartMonth(ctx: AppContext): string | null {
  const start = selectValue<string | null>(ctx.db, 'SELECT min(start_date) FROM plan').one()
  return start ? start.slice(0, 7) : null
}

/** Every month from `from` to `to`, with zero where nothing was completed (a gap in a chart misleads). */
function fillMonths(found: Map<string, MonthCompletions>, from: string, to: string): MonthCompletions[] {
  const earliest = [...found.keys()].sort()[0]
  let [y, m] = (earliest && earliest < from ? earliest : from).split('-').map(Number)
  const out: MonthCompletions[] = []
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (month > to) break
    out.push(found.get(month) ?? { month, tasks: 0, villageItems: 0 })
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return out
}
