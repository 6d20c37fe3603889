import type { WorkStatus } from '../../shared/domain'
import type { CellData } from './workbook-reader'

export type Reading<T> = { ok: true; value: T } | { ok: false; message: string }

/** 状态 words: the app's own three, and the ones ledgers use for them. 不适用 only for village items. */
const STATUS_WORDS: Record<string, WorkStatus | 'not-applicable'> = {
  未启动: 'not-started',
  未开始: 'not-started',
  尚未启动: 'not-started',
  未开展: 'not-started',
  推进中: 'in-progress',
  进行中: 'in-progress',
  正在推进: 'in-progress',
  正在实施: 'in-progress',
  实施中: 'in-progress',
  序时推进: 'in-progress',
  按序时推进: 'in-progress',
  持续推进: 'in-progress',
  已启动: 'in-progress',
  已办结: 'done',
  办结: 'done',
  已完成: 'done',
  完成: 'done',
  已销号: 'done',
  销号: 'done',
  不适用: 'not-applicable',
  不涉及: 'not-applicable'
}

export function readStatus(
  cell: CellData,
  allowNotApplicable: boolean
): Reading<WorkStatus | 'not-applicable' | null> {
  if (cell.kind === 'empty') return { ok: true, value: null }
  if (cell.kind === 'error') return { ok: false, message: cell.reason }
  const word = cell.text.normalize('NFKC').replace(/\s+/g, '')
  const status = STATUS_WORDS[word]
  if (status === undefined || (status === 'not-applicable' && !allowNotApplicable)) {
    const allowed = allowNotApplicable ? '未启动、推进中、已办结或不适用' : '未启动、推进中或已办结'
    return { ok: false, message: `状态“${cell.text}”无法识别，应为${allowed}` }
  }
  return { ok: true, value: status }
}

/**
 * 进度 as a whole percent: 80, "80%", a cell formatted as a percentage (0.8 shown as 80%). A bare 0.8
 * could mean 0.8% or 80% and is refused; decimals are rounded to whole percents.
 */
export function readPercent(cell: CellData): Reading<number | null> {
  if (cell.kind === 'empty') return { ok: true, value: null }
  if (cell.kind === 'error') return { ok: false, message: cell.reason }
  if (cell.kind === 'date') return { ok: false, message: `进度“${cell.text}”是日期，不是百分比` }
  let value: number
  if (cell.kind === 'number') {
    if (cell.percentFormat) value = cell.number * 100
    else if (cell.number > 0 && cell.number < 1) {
      return { ok: false, message: `进度“${cell.text}”不明确，请写成百分数，如 80 或 80%` }
    } else value = cell.number
  } else {
    const m = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(cell.text.normalize('NFKC').trim())
    if (!m)
      return { ok: false, message: `进度“${cell.text}”不是百分数，应写成 0 到 100 之间的数，如 80 或 80%` }
    value = Number(m[1])
  }
  const rounded = Math.round(value)
  if (rounded < 0 || rounded > 100) return { ok: false, message: `进度“${cell.text}”超出 0%—100%` }
  return { ok: true, value: rounded }
}

/** Plain text with a length limit (the store's own limits, so an insert never fails on a CHECK). */
export function readText(cell: CellData, what: string, max: number): Reading<string | null> {
  if (cell.kind === 'empty') return { ok: true, value: null }
  if (cell.kind === 'error') return { ok: false, message: cell.reason }
  const text = cell.text.trim()
  if (text.length > max) return { ok: false, message: `${what}超过${max}个字（${text.length}个字）` }
  return { ok: true, value: text }
}

/** The key two names are compared on: full-width/half-width, spaces and brackets do not matter. */
export function nameKey(name: string): string {
  // Most names are plain Chinese and need none of this; one test keeps 60,000 unit names of a large
  // ledger quick.
  if (!/[^\u4e00-\u9fff!-~]/.test(name)) return name
  return (/[^\t\n\r -~\u4e00-\u9fff]/.test(name) ? name.normalize('NFKC') : name)
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
}

/**
 * Splits a units cell on 、，,；; and spaces (issue 4 §3), but not inside brackets, so
 * "市委宣传部（市文明办、市委网信办）" stays one name.
 */
export function splitUnitNames(text: string): string[] {
  if (!/[（(【[〔]/.test(text)) return dedupe(text.split(/[、，,；;\s\u3000]+/).filter((n) => n !== ''))
  const names: string[] = []
  let depth = 0
  let current = ''
  for (const ch of text) {
    if ('（(【[〔'.includes(ch)) depth++
    if ('）)】]〕'.includes(ch)) depth = Math.max(0, depth - 1)
    if (depth === 0 && /[、，,；;\s\u3000]/.test(ch)) {
      if (current.trim()) names.push(current.trim())
      current = ''
    } else current += ch
  }
  if (current.trim()) names.push(current.trim())
  return dedupe(names)
}

function dedupe(names: string[]): string[] {
  if (names.length < 2) return names
  const seen = new Set<string>()
  return names.filter((n) => {
    const key = nameKey(n)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
