/**
 * One way of printing a count everywhere the clerk reads one (labels, buttons, tabs, messages):
 * 20,000 with a thousands separator, as Chinese official tables print them. One formatter, built once,
 * so a button and the tab beside it never disagree.
 */
const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0, useGrouping: true })

/** 20000 → "20,000"; 7 → "7". */
export function formatCount(n: number): string {
  return COUNT.format(n)
}
