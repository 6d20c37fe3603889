/**
 * The wall clock, injected everywhere a timestamp is written so tests can freeze it. Timestamps are
 * ISO-8601 with the local offset (2025-09-30T14:03:11+08:00); calendar dates never come from here
 * except as the UI's default "today".
 */
export interface Clock {
  now(): string
}

export const systemClock: Clock = { now: () => isoWithOffset(new Date()) }

export function fixedClock(iso: string): Clock {
  return { now: () => iso }
}

export function isoWithOffset(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0')
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  )
}
