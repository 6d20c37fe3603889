import { describe, expect, it } from 'vitest'
import { listDue } from '../ledger/due'
import { computeSummary } from '../ledger/summary'
import { loadTasks } from '../ledger/task-queries'
import { SAMPLE_AS_OF, sampleContext } from '../village/test-support'
import { buildDashboardCharts } from './dashboard-charts'

describe('总览 charts', () => {
  const ctx = sampleContext()
  const charts = buildDashboardCharts(ctx, SAMPLE_AS_OF)
  const summary = computeSummary(ctx, SAMPLE_AS_OF)

  it("the districts add up to the summary's villages and village items", () => {
    const sum = (key: 'villages' | 'total' | 'done' | 'red' | 'yellow' | 'green') =>
      charts.byDistrict.reduce((n, d) => n + d[key], 0)
    expect(charts.byDistrict).toHaveLength(6)
    expect(sum('villages')).toBe(summary.villages)
    const { total, done, red, yellow, green } = summary.villageItems
    expect({
      total: sum('total'),
      done: sum('done'),
      red: sum('red'),
      yellow: sum('yellow'),
      green: sum('green')
    }).toEqual({ total, done, red, yellow, green })
  })

  it('lights by lead unit count each task once per lead unit, most red first', () => {
    const leads = loadTasks(ctx.db).reduce((n, t) => n + Math.max(1, t.leadUnits.length), 0)
    expect(charts.byLeadUnit.reduce((n, u) => n + u.total, 0)).toBe(leads)
    const reds = charts.byLeadUnit.map((u) => u.red)
    expect(reds).toEqual([...reds].sort((a, b) => b - a))
    expect(charts.byLeadUnit[0].red).toBeGreaterThan(0)
  })

  it('completions per month run without gaps to the as-of month and add up to what was done by then', () => {
    const months = charts.completionsByMonth.map((m) => m.month)
    expect(months.at(-1)).toBe('2025-09')
    expect(months[0] <= '2023-04').toBe(true)
    for (let i = 1; i < months.length; i++) {
      const [y, m] = months[i - 1].split('-').map(Number)
      expect(months[i]).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`)
    }
    expect(charts.completionsByMonth.reduce((n, m) => n + m.villageItems, 0)).toBe(summary.villageItems.done)
    const tasksDoneWithDate = loadTasks(ctx.db).filter(
      (t) => t.status === 'done' && t.completedDate !== null && t.completedDate <= SAMPLE_AS_OF
    ).length
    expect(charts.completionsByMonth.reduce((n, m) => n + m.tasks, 0)).toBe(tasksDoneWithDate)
  })

  it('the attention list is `due`, and a milestone opens the task or village item it belongs to', () => {
    const due = listDue(ctx, SAMPLE_AS_OF)
    expect(charts.attention.map(({ open: _open, ...d }) => d)).toEqual(due)
    const milestone = charts.attention.find((a) => a.kind === 'milestone' && a.open.kind === 'village-item')!
    const owner = ctx.db
      .prepare('SELECT village_item_id FROM milestone WHERE id = ?')
      .pluck()
      .get(milestone.id)
    expect(milestone.open.id).toBe(owner)
    const task = charts.attention.find((a) => a.kind === 'task')!
    expect(task.open).toEqual({ kind: 'task', id: task.id })
  })
})
