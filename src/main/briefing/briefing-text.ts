import { formatChineseDate, formatChineseMonthDay } from '../../shared/civil-date'
import type { BriefingChanges, DistrictProgress, Summary } from '../../shared/contract'
import { listNames, percentText, pointsChange } from '../documents/wording'
import type { BriefingDraft } from './briefing-draft'

/**
 * The sentences of the 工作简报, each built from the figures it states. Kept apart from the layout so
 * that a test can read them and the document says exactly what the store holds.
 */

/** 一、总体进展: the headline figures, which are `computeSummary`'s for the as-of date. */
export function overallParagraphs(draft: BriefingDraft): string[] {
  const s: Summary = draft.figures.summary
  const v = s.villageItems
  const open = v.red + v.yellow + v.green
  const change = draft.changes
    ? `，较上期${pointsChange(draft.completionRate, draft.changes.completionRateBefore)}`
    : ''
  const c = s.villageItemsByCategory
  const t = s.tasks
  const m = s.milestones
  const tasks =
    `行动方案${t.total}项重点任务已办结${t.done}项，逾期${t.red}项，临期${t.yellow}项；` +
    `${m.total}个时间节点已完成${m.done}个，逾期${m.red}个。`
  // No urban villages in the file: the village sentences would only state zeros.
  const reporting = draft.reporting === null ? [] : [draft.reporting]
  if (s.villages === 0) return [`截至${formatChineseDate(draft.asOf)}，${tasks}`, ...reporting]
  return [
    `截至${formatChineseDate(draft.asOf)}，全市${s.villages}个城中村共确定治理事项${v.total}项，已办结${v.done}项，` +
      `完成率${percentText(v.done, v.total)}${change}；其中按期办结${v.doneOnTime}项、逾期办结${v.doneLate}项，` +
      `按期率${percentText(v.doneOnTime, v.done + v.red)}。未办结的${open}项中，逾期（红灯）${v.red}项，` +
      `临期（黄灯）${v.yellow}项，正常推进（绿灯）${v.green}项。`,
    `分类看，基础类事项${c.basic.total}项、已办结${c.basic.done}项（${percentText(c.basic.done, c.basic.total)}），` +
      `提升类事项${c.upgrade.total}项、已办结${c.upgrade.done}项（${percentText(c.upgrade.done, c.upgrade.total)}），` +
      `长效机制${c['long-term'].total}项、已办结${c['long-term'].done}项（${percentText(c['long-term'].done, c['long-term'].total)}）。`,
    tasks,
    ...reporting
  ]
}

/** 二、各区进展: the order of the districts, the best and the worst. */
export function districtSummary(districts: readonly DistrictProgress[]): string {
  if (districts.length === 0) return '暂无城中村数据。'
  const order = districts.map((d) => `${d.district}${d.completionRate.toFixed(1)}%`).join('、')
  const first = districts[0]
  const last = districts[districts.length - 1]
  const mostRed = [...districts].sort((a, b) => b.red - a.red)[0]
  const worst =
    mostRed.red > 0 ? `，逾期事项最多的是${mostRed.district}（${mostRed.red}项）` : '，各区均无逾期事项'
  return (
    `各区完成率从高到低依次为：${order}。${first.district}完成率最高，` +
    `${districts.length > 1 ? `${last.district}最低` : ''}${worst}。`
  )
}

/** 排名 cell: the rank and its change against the previous issue: 3（↑1）, 4（↓2）, 1（持平）. */
export function rankCell(d: DistrictProgress): string {
  if (d.previousRank === null) return String(d.rank)
  const moved = d.previousRank - d.rank
  return `${d.rank}（${moved > 0 ? `↑${moved}` : moved < 0 ? `↓${-moved}` : '持平'}）`
}

/** 三、本期变化. */
export function changeParagraphs(draft: BriefingDraft): string[] {
  const c: BriefingChanges | null = draft.changes
  if (!c) return ['本期为首期，暂无上期数据可比；自下期起，本部分通报与上期相比新办结和新增逾期的事项。']
  const head =
    `与上期（${c.previous.year}年第${c.previous.issueNo}期，数据截至${formatChineseDate(c.previous.asOf)}）相比，` +
    `全市新办结治理事项${c.newlyDone}项，完成率${pointsChange(draft.completionRate, c.completionRateBefore)}；` +
    `新增逾期事项${c.newlyOverdue}项，上期逾期事项中已办结${c.overdueResolved}项。`
  const lines = [head]
  if (c.newlyDoneByDistrict.length > 0)
    lines.push(
      `新办结事项较多的是：${c.newlyDoneByDistrict
        .slice(0, 3)
        .map((d) => `${d.district}${d.count}项`)
        .join('、')}。`
    )
  const up = draft.districts.filter((d) => d.previousRank !== null && d.previousRank > d.rank)
  const down = draft.districts.filter((d) => d.previousRank !== null && d.previousRank < d.rank)
  if (up.length + down.length === 0) lines.push('各区排名与上期相同。')
  else {
    const parts: string[] = []
    if (up.length > 0)
      parts.push(`排名上升的有${up.map((d) => `${d.district}（↑${d.previousRank! - d.rank}）`).join('、')}`)
    if (down.length > 0)
      parts.push(`排名下降的有${down.map((d) => `${d.district}（↓${d.rank - d.previousRank!}）`).join('、')}`)
    lines.push(`${parts.join('；')}。`)
  }
  return lines
}

/** The newly overdue items, one line each (at most `max`), for 三、本期变化. */
export function newlyOverdueLines(changes: BriefingChanges, max = 10): string[] {
  const lines = changes.newlyOverdueItems
    .slice(0, max)
    .map(
      (d) =>
        `${d.place}${d.title}，责任单位${d.unit || '未明确'}，原定${d.deadline ? formatChineseMonthDay(d.deadline) : '—'}完成，${d.label}。`
    )
  if (changes.newlyOverdueItems.length > max)
    lines.push(`另有${changes.newlyOverdueItems.length - max}项，详见附件。`)
  return lines
}

/** 四、逾期及临期事项: counts, the units with most overdue items, and what the register holds. */
export function dueParagraph(
  draft: BriefingDraft,
  register: { supervision: number; reminder: number; replied: number } | null
): string {
  const items = draft.due.filter((d) => d.kind === 'village-item')
  const tasks = draft.due.filter((d) => d.kind === 'task')
  const count = (list: typeof items, light: 'red' | 'yellow') => list.filter((d) => d.light === light).length
  const byUnit = new Map<string, number>()
  for (const d of draft.due)
    if (d.light === 'red') for (const u of d.unitNames) byUnit.set(u, (byUnit.get(u) ?? 0) + 1)
  const units = new Set(draft.due.flatMap((d) => d.unitNames))
  const top = [...byUnit.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)
  const villageItems =
    draft.figures.summary.villages > 0
      ? `全市村治理事项逾期${count(items, 'red')}项、临期${count(items, 'yellow')}项，`
      : ''
  let text =
    `截至${formatChineseDate(draft.asOf)}，${villageItems}` +
    `重点任务逾期${count(tasks, 'red')}项、临期${count(tasks, 'yellow')}项，涉及${units.size}个责任单位。`
  if (top.length > 0)
    text += `逾期事项较多的责任单位是：${listNames(
      top.map(([u, n]) => `${u}（${n}项）`),
      3,
      '单位'
    )}。`
  if (register && register.supervision + register.reminder > 0)
    text +=
      `${draft.year}年以来已下发督办通知${register.supervision}份、催办通知${register.reminder}份，` +
      `已收到书面反馈${register.replied}份。`
  return draft.due.length > 0 ? `${text}具体清单见附件。` : `${text}`
}
