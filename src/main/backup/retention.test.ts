import { describe, expect, it } from 'vitest'
import { backupsToKeep, type BackupStamp } from './retention'

const at = (date: string, time = '09:00:00', name = `${date}-${time}`): BackupStamp => ({
  name,
  takenAt: `${date}T${time}`
})
const daysBefore = (date: string, n: number) =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - n))
    .toISOString()
    .slice(0, 10)

describe('backup retention', () => {
  it('keeps everything while there are 20 or fewer', () => {
    const list = Array.from({ length: 20 }, (_, i) => at(daysBefore('2025-09-30', i * 30)))
    expect(backupsToKeep(list, '2025-09-30T18:00:00').size).toBe(20)
  })

  it('keeps the newest 20 of a busy day, plus one per earlier day for 14 days', () => {
    const busyDay = Array.from({ length: 30 }, (_, i) =>
      at(
        '2025-09-30',
        `${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}:00`
      )
    )
    const earlier = Array.from({ length: 20 }, (_, d) => [
      at(daysBefore('2025-09-30', d + 1), '08:00:00'),
      at(daysBefore('2025-09-30', d + 1), '17:00:00')
    ]).flat()
    const keep = backupsToKeep([...busyDay, ...earlier], '2025-09-30T18:00:00')
    const keptBusy = busyDay.filter((b) => keep.has(b.name))
    expect(keptBusy).toHaveLength(20)
    expect(keptBusy.map((b) => b.takenAt).sort()[0] > busyDay.map((b) => b.takenAt).sort()[9]).toBe(true)
    // The newest backup of each of the 13 earlier days inside the 14-day window: the 17:00 one.
    for (let d = 1; d <= 13; d++) {
      expect(keep.has(`${daysBefore('2025-09-30', d)}-17:00:00`)).toBe(true)
      expect(keep.has(`${daysBefore('2025-09-30', d)}-08:00:00`)).toBe(false)
    }
  })

  it('keeps the newest of each of the last 12 calendar weeks (Monday to Sunday) and lets older ones go', () => {
    // 2025-09-30 is a Tuesday: this week began on Monday 2025-09-29; 12 weeks back begins 2025-07-14.
    const daily = Array.from({ length: 200 }, (_, d) => at(daysBefore('2025-09-30', d)))
    const keep = backupsToKeep(daily, '2025-09-30T18:00:00')
    const sundays = Array.from({ length: 11 }, (_, w) => daysBefore('2025-09-28', 7 * w))
    for (const sunday of sundays) expect(keep.has(`${sunday}-09:00:00`), sunday).toBe(true)
    for (const b of daily) if (b.takenAt < '2025-07-14') expect(keep.has(b.name), b.name).toBe(false)
    // The newest 20 reach back to 2025-09-11; weekly keepers add the Sundays before that.
    expect(keep.size).toBe(20 + sundays.filter((s) => s < '2025-09-11').length)
  })

  it('never deletes a backup stamped in the future', () => {
    const list = [...Array.from({ length: 25 }, (_, i) => at(daysBefore('2025-09-30', i))), at('2026-01-01')]
    expect(backupsToKeep(list, '2025-09-30T18:00:00').has('2026-01-01-09:00:00')).toBe(true)
  })
})
