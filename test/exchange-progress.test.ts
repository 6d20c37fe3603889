import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportPreview, ImportProgress, ImportResult } from '../src/shared/contract'
import type { AppContext } from '../src/main/app-context'
import type { Handlers } from '../src/main/api/handlers'
import { IMPORT_STAGES } from '../src/main/exchange/import-progress'
import { generatedLedger } from './exchange-corpus'
import { AS_OF, chosenLedger, demoApp, dispatcher } from './exchange-helpers'
import { useTempDir } from './temp-dir'

/**
 * The wizard's progress bar (issue 13, "long steps show real progress"): while a preview or a commit of a
 * large ledger runs, exchange.progress is answered between stretches of rows and moves forward only: the
 * stages in order, within a stage the count never falling, the rows read counted on the way (not only 0
 * and the end), and the write stage naming the rows it writes. Nothing is reported once the call ends.
 */
const ROWS = 6000
const tempDir = useTempDir()
let dir: string
let ctx: AppContext
let handlers: Handlers

beforeEach(async () => {
  dir = tempDir()
  ;({ ctx, handlers } = await demoApp(dir))
})
afterEach(() => ctx.db.close())

const call = dispatcher(() => handlers)

/** Runs `work` while asking exchange.progress at every turn of the event loop; answers every answer. */
async function watched<T>(work: () => Promise<T>): Promise<{ value: T; seen: ImportProgress[] }> {
  const seen: ImportProgress[] = []
  let running = true
  const poll = (async () => {
    while (running) {
      const progress = await call<ImportProgress | null>('exchange.progress', {})
      if (progress) seen.push(progress)
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  try {
    return { value: await work(), seen }
  } finally {
    running = false
    await poll
  }
}

function expectForwardOnly(seen: readonly ImportProgress[]): void {
  for (let i = 1; i < seen.length; i++) {
    const [before, now] = [seen[i - 1], seen[i]]
    const order = IMPORT_STAGES.indexOf(now.stage) - IMPORT_STAGES.indexOf(before.stage)
    expect(order, `${before.stage} → ${now.stage}`).toBeGreaterThanOrEqual(0)
    if (order === 0) expect(now.done).toBeGreaterThanOrEqual(before.done)
    expect(now.done).toBeLessThanOrEqual(now.total)
  }
}

const stagesOf = (seen: readonly ImportProgress[]) => [...new Set(seen.map((p) => p.stage))]

it('a large ledger’s preview and commit report their rows stage by stage, forward only', async () => {
  const file = chosenLedger(
    ctx,
    dir,
    '大台账.xlsx',
    await generatedLedger(ROWS, ['市城市管理局', '市公安局'])
  )
  const request = { file, kind: 'tasks', mappings: [], asOf: AS_OF }

  const preview = await watched(() => call<ImportPreview>('exchange.preview', request))
  expect(preview.value.counts.new).toBe(ROWS)
  expectForwardOnly(preview.seen)
  expect(preview.seen.every((p) => p.job === 'preview')).toBe(true)
  expect(stagesOf(preview.seen)).toEqual(['load', 'read', 'check'])
  // Below the header: the tasks and their ten section headings.
  const read = preview.seen.filter((p) => p.stage === 'read')
  expect(read.every((p) => p.total === ROWS + 10 && p.counted)).toBe(true)
  const between = new Set(read.map((p) => p.done).filter((done) => done > 0 && done < ROWS + 10))
  expect(between.size).toBeGreaterThanOrEqual(2)
  expect(preview.seen.find((p) => p.stage === 'check')).toMatchObject({ total: ROWS, counted: false })
  expect(await call('exchange.progress', {})).toBeNull()

  const commit = await watched(() =>
    call<ImportResult>('exchange.commit', { ...request, fingerprint: preview.value.fingerprint })
  )
  expect(commit.value.created).toBe(ROWS)
  expectForwardOnly(commit.seen)
  expect(stagesOf(commit.seen)).toEqual(['load', 'read', 'check', 'backup', 'write'])
  expect(commit.seen.find((p) => p.stage === 'write')).toMatchObject({
    job: 'commit',
    done: 0,
    total: ROWS,
    counted: false
  })
  expect(await call('exchange.progress', {})).toBeNull()
})
