/**
 * How much a ledger file may hold. A real 台账 of a city is a few thousand rows; the caps leave room for
 * twenty years of that and stop a hostile file ("zip bomb", a million empty rows) before exceljs builds
 * it in memory. Checked by file-guard.ts on the zip's own directory and while inflating.
 */
export const IMPORT_LIMITS = {
  /** Sum of the uncompressed sizes of every part of the workbook. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Parts in the zip (sheets, styles, drawings…); Excel writes a few dozen. */
  maxEntries: 2_000,
  /** <row> elements over all worksheets. */
  maxRows: 100_000,
  /** Columns looked at in a sheet: a ledger has a dozen or two. */
  maxColumns: 200,
  maxSheets: 50
} as const

export const MB = 1024 * 1024
