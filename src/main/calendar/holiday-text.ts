import { addDays, isIsoDate, yearOf, type IsoDate } from '../../shared/civil-date'
import type { CalendarDay } from '../../shared/domain'
import { UserError } from '../../shared/errors'

/**
 * The working-day calendar as plain text, one line per rule, so that a clerk can type next year's
 * arrangement from the State Council's notice (published each November) and import it in 设置:
 *
 *   # 2026年部分节假日安排（国务院办公厅通知）
 *   2026-01-01 至 2026-01-03 休 元旦
 *   2026-01-04 班 元旦调休
 *
 * "休" marks statutory days off, "班" marks 调休 weekend days that are worked. Blank lines and lines
 * starting with # are ignored. Every bad line is reported with its line number; nothing is guessed.
 */
const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:至|到|~|—|-{1,2})\s*(\d{4}-\d{2}-\d{2}))?\s+(休|班)\s*(.*)$/

export interface ParsedHolidayText {
  days: CalendarDay[]
  years: number[]
}

export function parseHolidayText(text: string, fileLabel = '日历文件'): ParsedHolidayText {
  const days = new Map<IsoDate, CalendarDay>()
  const problems: string[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.replace(/\u3000/g, ' ').trim()
      const lineNo = index + 1
      if (line === '' || line.startsWith('#')) return
      const m = LINE.exec(line)
      if (!m) {
        problems.push(
          `第${lineNo}行：无法识别“${line}”，应为“2026-01-01 休 元旦”或“2026-01-01 至 2026-01-03 休 元旦”`
        )
        return
      }
      const [, from, to = from, mark, name] = m
      for (const date of new Set([from, to])) {
        if (!isIsoDate(date)) problems.push(`第${lineNo}行：日期“${date}”不存在`)
      }
      if (!isIsoDate(from) || !isIsoDate(to)) return
      if (to < from) return void problems.push(`第${lineNo}行：结束日期早于开始日期`)
      if (yearOf(to) - yearOf(from) > 1) return void problems.push(`第${lineNo}行：日期范围过长`)
      const kind = mark === '休' ? 'holiday' : 'workday'
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const existing = days.get(date)
        if (existing && existing.kind !== kind) {
          problems.push(
            `第${lineNo}行：${date} 已在前面标为“${existing.kind === 'holiday' ? '休' : '班'}”，前后矛盾`
          )
        }
        days.set(date, { date, kind, name: name.trim() || (kind === 'holiday' ? '节假日' : '调休上班') })
      }
    })
  if (problems.length > 0) {
    throw new UserError('invalid-input', `${fileLabel}有${problems.length}处错误：\n${problems.join('\n')}`, {
      problems
    })
  }
  if (days.size === 0) throw new UserError('invalid-input', `${fileLabel}中没有任何“休”或“班”的日期`)
  const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date))
  return { days: sorted, years: [...new Set(sorted.map((d) => yearOf(d.date)))].sort() }
}

/** The inverse of parseHolidayText, one line per day, for exporting a year from 设置. */
export function formatHolidayText(days: readonly CalendarDay[], heading: string): string {
  const lines = [`# ${heading}`, '# 格式：日期 [至 日期] 休|班 名称；“休”为法定节假日，“班”为调休上班日']
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    lines.push(`${day.date} ${day.kind === 'holiday' ? '休' : '班'} ${day.name}`)
  }
  return lines.join('\n') + '\n'
}
