/**
 * Which backups to keep, as Actual Budget does it: a pure function of the list and the clock, so the
 * policy is tested without touching a disk. Kept: the newest 20; the newest of each of the last 14 days;
 * the newest of each of the last 12 calendar weeks. Everything else may be deleted.
 *
 * Weeks are fixed calendar weeks (Monday to Sunday), not "7-day ages": pruning runs after every backup,
 * and age-based buckets shift each day, so the weekly keeper of yesterday would be deleted today.
 */
export interface BackupStamp {
  name: string
  /** Local wall-clock time the backup was taken, 'YYYY-MM-DDTHH:mm:ss'. */
  takenAt: string
}

export const RETENTION = { newest: 20, dailyDays: 14, weeklyWeeks: 12 } as const

export function backupsToKeep(backups: readonly BackupStamp[], now: string, policy = RETENTION): Set<string> {
  const newestFirst = [...backups].sort(
    (a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name)
  )
  const keep = new Set(newestFirst.slice(0, policy.newest).map((b) => b.name))
  const today = dayNumber(now.slice(0, 10))
  const thisWeek = weekNumber(today)
  const seenDays = new Set<number>()
  const seenWeeks = new Set<number>()
  for (const backup of newestFirst) {
    const day = dayNumber(backup.takenAt.slice(0, 10))
    const age = today - day
    if (age < 0) continue
    if (age < policy.dailyDays && !seenDays.has(day)) {
      seenDays.add(day)
      keep.add(backup.name)
    }
    const week = weekNumber(day)
    if (thisWeek - week < policy.weeklyWeeks && !seenWeeks.has(week)) {
      seenWeeks.add(week)
      keep.add(backup.name)
    }
  }
  // A backup stamped in the future (a clock set wrong) is kept: deleting it would be a guess.
  for (const backup of newestFirst) if (dayNumber(backup.takenAt.slice(0, 10)) > today) keep.add(backup.name)
  return keep
}

/** Monday-based calendar week: 1970-01-05 was a Monday. */
function weekNumber(day: number): number {
  return Math.floor((day - 4) / 7)
}

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  )
}
