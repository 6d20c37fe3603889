// Runs electronegativity over the sources and fails on any finding not explained in
// security/electronegativity-accepted.json (each accepted finding carries the reason it is safe).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
const accepted = JSON.parse(readFileSync('security/electronegativity-accepted.json', 'utf8')).accepted
const dir = mkdtempSync(join(tmpdir(), 'civdesk-scan-'))
const csv = join(dir, 'findings.csv')
try {
  // -e: the scanner cannot detect the version offline; it would otherwise assume Electron 0.1.
  execFileSync(
    process.execPath,
    [
      'node_modules/@doyensec/electronegativity/dist/index.js',
      '-i',
      'src',
      '-r',
      '-v',
      'false',
      '-e',
      ELECTRON_VERSION,
      '-o',
      csv
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  const findings = readFileSync(csv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [check, severity, , file, location] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''))
      return { check, severity, file, location }
    })
  const unexplained = findings.filter((f) => !accepted.some((a) => a.check === f.check && a.file === f.file))
  for (const f of findings) {
    const known = accepted.find((a) => a.check === f.check && a.file === f.file)
    console.log(
      `${known ? 'explained  ' : 'UNEXPLAINED'} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}${known ? ` — ${known.reason}` : ''}`
    )
  }
  console.log(
    `electronegativity (Electron ${ELECTRON_VERSION}): ${findings.length} findings, ${unexplained.length} unexplained`
  )
  if (unexplained.length > 0) process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
