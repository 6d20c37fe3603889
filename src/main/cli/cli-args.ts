import { existsSync, statSync } from 'node:fs'
import { isIsoDate, localToday, type IsoDate } from '../../shared/civil-date'
import { UserError } from '../../shared/errors'
import type { OptionValues } from './cli-types'

export function requiredString(values: OptionValues, name: string, example: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UserError('invalid-input', `缺少参数 --${name}，例如：--${name} ${example}`)
  }
  return value
}

/** The --db of a command that reads: the file must exist, so a typo never creates an empty data file. */
export function existingDataFile(values: OptionValues): string {
  const path = requiredString(values, 'db', 'demo.db')
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UserError('invalid-input', `找不到数据文件：${path}`)
  return path
}

/** --as-of, defaulting to today's date on this machine. */
export function asOfDate(values: OptionValues): IsoDate {
  const value = values['as-of']
  if (value === undefined) return localToday()
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new UserError('invalid-input', `--as-of 应为“YYYY-MM-DD”格式的有效日期，收到：${String(value)}`)
  }
  if (value < '1990-01-01' || value > '2100-12-31')
    throw new UserError('invalid-input', `--as-of 超出工作日历范围（1990—2100年），收到：${value}`)
  return value
}

export function integerOption(
  values: OptionValues,
  name: string,
  min: number,
  max: number
): number | undefined {
  const value = values[name]
  if (value === undefined) return undefined
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UserError('invalid-input', `--${name} 应为 ${min} 到 ${max} 之间的整数，收到：${String(value)}`)
  }
  return n
}
