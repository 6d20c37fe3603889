/**
 * One timed import of a ledger file with the code of one checkout (bench/compare-import.ts runs it for
 * each side in turn). It loads that checkout's own modules from `--root`, so an old commit's import and
 * today's read the same file through the same door the UI uses: dispatch, exchange.preview then
 * exchange.commit, each on a fresh sample city. A first import on another fresh data file warms the code
 * and is not counted. Prints one JSON line: wall and CPU ms of each (CPU is the steadier figure on a shared machine).
 *
 *   npx tsx bench/import-once.ts --root /path/to/checkout --file ledger.xlsx
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

interface Context {
  db: { close(): void }
  files: { register(path: string, purpose: string, kind: string): { ref: string } }
}
type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string } }

async function load<T>(root: string, module: string): Promise<T> {
  return (await import(pathToFileURL(join(root, 'src/main', module)).href)) as T
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { root: { type: 'string' }, file: { type: 'string' } } })
  if (!values.root || !values.file)
    throw new Error('usage: import-once.ts --root CHECKOUT --file LEDGER.xlsx')
  const root = resolve(values.root)
  const file = resolve(values.file)
  const { openApp } = await load<{ openApp(o: object): Promise<Context> }>(root, 'bootstrap.ts')
  const { createHandlers } = await load<{ createHandlers(ctx: Context): unknown }>(root, 'api/handlers.ts')
  const { dispatch } = await load<{
    dispatch(h: unknown, m: string, p: unknown, l: unknown): Promise<Reply>
  }>(root, 'api/dispatch.ts')
  const { generateSampleCity } = await load<{ generateSampleCity(db: unknown, o: object): void }>(
    root,
    'sample/generate-sample-city.ts'
  )
  const { fixedClock } = await load<{ fixedClock(at: string): unknown }>(root, 'system/clock.ts')
  const { silentLogger } = await load<{ silentLogger: unknown }>(root, 'system/logger.ts')
  const clock = fixedClock('2025-09-30T10:00:00+08:00')

  const dir = mkdtempSync(join(tmpdir(), 'civdesk-import-once-'))
  try {
    const importOnce = async (name: string) => {
      const ctx = await openApp({ dataFile: join(dir, `${name}.db`), shell: 'cli', log: silentLogger, clock })
      generateSampleCity((ctx as unknown as { db: unknown }).db, { scale: 1 })
      const handlers = createHandlers(ctx)
      const call = async (method: string, payload: object) => {
        const reply = await dispatch(handlers, method, payload, silentLogger)
        if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`)
        return reply.value as { fingerprint: string; created?: number }
      }
      const request = {
        file: ctx.files.register(file, 'ledger-xlsx', 'input').ref,
        kind: 'tasks',
        asOf: '2025-09-30'
      }
      const timed = async <T>(work: () => Promise<T>) => {
        const [start, cpuStart] = [performance.now(), process.cpuUsage()]
        const value = await work()
        const cpu = process.cpuUsage(cpuStart)
        return {
          value,
          ms: Math.round(performance.now() - start),
          cpu: Math.round((cpu.user + cpu.system) / 1000)
        }
      }
      const preview = await timed(() => call('exchange.preview', request))
      const commit = await timed(() =>
        call('exchange.commit', { ...request, fingerprint: preview.value.fingerprint })
      )
      ctx.db.close()
      return {
        preview: preview.ms,
        commit: commit.ms,
        previewCpu: preview.cpu,
        commitCpu: commit.cpu,
        created: commit.value.created
      }
    }
    await importOnce('warm-up')
    process.stdout.write(JSON.stringify(await importOnce('measured')) + '\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
