// Runs the unit tests once per time zone: a deadline must not move when the machine's zone changes
// (issue 6). Spawned with TZ set so every Date in the run sees that zone, on Windows as on Linux.
import { spawnSync } from 'node:child_process'

// East and west of Greenwich: a date parsed as UTC midnight shows as the day before in Los Angeles, a
// local midnight turned into an ISO string is the day before in Shanghai. UTC itself hides both mistakes
// (local time is UTC there), so a run under it found nothing the other two miss, and it cost 5 minutes.
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles']
// Not about time zones, and slow (SIGKILL trials; LibreOffice layout): run once, under the first zone.
const ONCE = ['test/crash-safety.test.ts', 'test/documents-render.test.ts']
const vitest = 'node_modules/vitest/vitest.mjs'
const extra = process.argv.slice(2)
let failed = false
for (const [index, zone] of ZONES.entries()) {
  console.log(`\n=== unit tests under TZ=${zone} ===`)
  const exclude = index === 0 ? [] : ONCE.flatMap((pattern) => ['--exclude', pattern])
  const run = spawnSync(process.execPath, [vitest, 'run', ...exclude, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone }
  })
  if (run.status !== 0) {
    console.error(`unit tests failed under TZ=${zone}`)
    failed = true
  }
}
process.exitCode = failed ? 1 : 0
