/**
 * How a header names a field. A kind lists the words clerks write for each of its fields, most usual
 * first (kinds/<kind>/…-fields.ts). A header matches a field when, after normalising (full-width →
 * half-width, spaces, line breaks and "*" removed), it equals one of these words, or equals one once a
 * bracketed remark is dropped ("完成时限（截止时间）" → 完成时限), or — last — is short (a header, not a
 * title line) and contains one (the longest wins: "市级牵头单位" → 牵头单位).
 */

/** Words for the progress columns every kind of ledger has: one list, so the kinds read them alike. */
export const PROGRESS_HEADER_WORDS = {
  deadline: [
    '完成时限',
    '完成时间',
    '时间节点',
    '截止时间',
    '办结时限',
    '截止日期',
    '完成期限',
    '时限要求',
    '时限'
  ],
  status: ['状态', '完成状态', '办理状态', '推进状态', '任务状态'],
  percent: ['进度', '完成进度', '完成比例', '进度百分比', '完成率'],
  completedDate: ['完成日期', '办结日期', '实际完成时间', '实际完成日期', '销号日期', '办结时间'],
  note: ['备注', '说明']
} as const satisfies Record<string, readonly string[]>

/** A kind's header words by field. */
export type HeaderWords = Readonly<Record<string, readonly string[]>>
/** Full-width → half-width, no spaces, no line breaks, no "*" marks of required columns. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
}

/** How well a header names a field: 3 exact, 2 exact once a bracketed remark is dropped, 1 contains. */
export interface HeaderMatch {
  field: string
  quality: 1 | 2 | 3
  /** Length of the matched word, to prefer "牵头单位" over "单位"-like shorter words. */
  length: number
}

/** The field a header names best among a kind's words, or null when it names none. */
export function matchWords(words: HeaderWords, header: string): HeaderMatch | null {
  const normal = normalizeHeader(header)
  if (normal === '' || normal.length > 40) return null
  const bare = normal.replace(/\([^)]*\)/g, '')
  let best: HeaderMatch | null = null
  for (const [field, synonyms] of Object.entries(words)) {
    for (const raw of synonyms) {
      const word = normalizeHeader(raw)
      const quality: 0 | 1 | 2 | 3 =
        normal === word
          ? 3
          : bare === word
            ? 2
            : word.length >= 2 && bare.length <= 12 && bare.includes(word)
              ? 1
              : 0
      if (quality === 0) continue
      const candidate: HeaderMatch = { field, quality, length: word.length }
      if (!best || quality > best.quality || (quality === best.quality && word.length > best.length)) {
        best = candidate
      }
    }
  }
  return best
}
