/**
 * `npm run bench`: every bench/*.bench.ts in turn, each printing its own figures. Benchmarks measure;
 * they never fail a build (speed targets live here, not in timed tests).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

interface BenchModule {
  default: () => Promise<void>
}

async function main(): Promise<void> {
  const only = process.argv[2]
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !only || f.includes(only))
    .sort()
  for (const file of files) {
    process.stdout.write(`\n=== ${file} ===\n`)
    const bench = (await import(pathToFileURL(join(__dirname, file)).href)) as BenchModule
    await bench.default()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
