import { z } from 'zod'
import { isIsoDate } from '../civil-date'

/**
 * Payload fields whose every message names the field in Chinese, e.g. "完成时限“2025-02-30”不是有效日期".
 * The ledger shows this message at the cell the clerk edited, so it must say what and where without the
 * English path dispatch.ts prefixes.
 */
export function dateField(label: string) {
  return z.string({ error: `${label}应为日期，格式为 YYYY-MM-DD` }).refine((value) => isIsoDate(value), {
    error: (issue) =>
      `${label}“${String(issue.input).slice(0, 20)}”不是有效日期，应为 YYYY-MM-DD 格式，例如 2025-09-30`
  })
}

export function textField(label: string, max: number, required = false) {
  const base = z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
  return required ? base.min(1, { error: `${label}不能为空` }) : base
}

export function percentField(label = '进度') {
  const message = `${label}应为0到100之间的整数`
  return z
    .number({ error: message })
    .int({ error: message })
    .min(0, { error: message })
    .max(100, { error: message })
}

export function idField(label: string) {
  return z
    .number({ error: `${label}无效` })
    .int({ error: `${label}无效` })
    .positive({ error: `${label}无效` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${label}无效` })
}

export function workdaysField(label: string, max: number) {
  const message = `${label}应为1到${max}之间的整数（工作日）`
  return z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(max, { error: message })
}
