/** How CivDesk names provisional years (no official calendar yet) in documents and messages. */

/** “2027年” or “2027、2028年”, for footnotes and messages. */
export function yearsText(years: readonly number[]): string {
  return `${years.join('、')}年`
}

/** The footnote under a 简报 or 督办通知 table when its counts run into a provisional year; none otherwise. */
export function provisionalFootnotes(years: readonly number[]): string[] {
  return years.length === 0
    ? []
    : [`注：${yearsText(years)}工作日按法定节假日预估，待国务院办公厅公布放假安排后更新。`]
}
