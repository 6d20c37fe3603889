import { z } from 'zod'
import { isIsoDate } from './civil-date'

/**
 * Building blocks of every payload schema. Lengths are limited everywhere: a payload that crosses a
 * process boundary is hostile until parsed.
 */
export const isoDate = z
  .string()
  .max(10)
  .refine(isIsoDate, { message: '日期应为有效的“YYYY-MM-DD”格式，例如 2025-09-30' })

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
export const shortText = (max = 60) => z.string().trim().max(max)
export const requiredText = (label: string, max = 60) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过${max}个字` })
export const longText = (max = 4000) => z.string().max(max, { message: `不能超过${max}个字` })
export const percent = z
  .number()
  .int()
  .min(0, { message: '进度应在0到100之间' })
  .max(100, { message: '进度应在0到100之间' })
export const empty = z.object({}).strict()
