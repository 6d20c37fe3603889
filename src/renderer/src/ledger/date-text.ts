/**
 * What a clerk types into a date cell, in the shapes Excel ledgers use (2025-10-31, 2025/10/31,
 * 2025.10.31, 2025年10月31日), as YYYY-MM-DD; an empty cell is null (完成时限: 长期). Anything else is
 * passed on unchanged, so the contract's schema names the field and the reason at the cell.
 */
export function normalizeDateText(text: unknown): string | null {
  if (text === null || text === undefined) return null
  const raw = String(text).trim()
  if (raw === '' || raw === '长期') return null
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw)
  if (!m) return raw
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
}

/** A percent typed as 80, 80% or ８０ (full-width); anything else is left for the schema to refuse. */
export function parsePercentText(text: unknown): number | string | null {
  if (typeof text === 'number') return text
  if (text === null || text === undefined) return null
  const raw = String(text)
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[%％]$/, '')
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw
}
