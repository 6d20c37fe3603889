import type { ImportProgress, ImportStage } from '../../shared/contract'

/** The order of the stages: a report never goes back to an earlier one (test/exchange-progress.test.ts). */
export const IMPORT_STAGES: readonly ImportStage[] = ['load', 'read', 'check', 'backup', 'write']

/** The import running for each app context (one data file, one writer), as exchange.progress answers it. */
const running = new WeakMap<object, { report: ImportProgressReport; progress: ImportProgress }>()

/** exchange.progress: the import running now for this context, or null. */
export function currentImportProgress(owner: object): ImportProgress | null {
  const entry = running.get(owner)
  if (!entry) return null
  entry.report.wasRead()
  return { ...entry.progress }
}

/**
 * The longest a stage that blocks the event loop waits for a poll to read it first: longer than the
 * wizard's poll interval (ImportProgressBar.tsx, 200 ms), short beside the step itself.
 */
const SHOW_BEFORE_BLOCKING_MS = 400

/** One turn of the event loop, so a poll (IPC or HTTP) is answered between two stretches of work. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/**
 * What one preview or commit tells the poller. Starting a report replaces whatever ran before for the same
 * owner (the wizard runs one import at a time; a newer one is the one the clerk waits for); ending it clears
 * the entry only if it is still its own. A report without an owner (the CLI, a test's commit) tells no one.
 */
export class ImportProgressReport {
  private readonly progress: ImportProgress
  /** Resolves the wait of `showBeforeBlocking` once a poll has read the current stage. */
  private onRead: (() => void) | null = null
  /** A poll has read the stage entered last. */
  private read = false

  constructor(
    private readonly owner: object | null,
    job: ImportProgress['job']
  ) {
    this.progress = { job, stage: 'load', done: 0, total: 0, counted: false }
    if (owner) running.set(owner, { report: this, progress: this.progress })
  }

  /**
   * Enters a stage and yields one turn, so a stage that then runs as one synchronous step (checking, the
   * transaction) has been seen before the event loop is busy with it.
   */
  async enter(stage: ImportStage, total: number, counted: boolean): Promise<void> {
    if (IMPORT_STAGES.indexOf(stage) < IMPORT_STAGES.indexOf(this.progress.stage)) {
      throw new Error(`import progress went back from ${this.progress.stage} to ${stage}`)
    }
    Object.assign(this.progress, { stage, done: 0, total, counted })
    this.read = false
    await nextTurn()
  }

  /**
   * Before a step that blocks the event loop (matching rows, the write transaction): waits until a poll has
   * read the current stage, or at most SHOW_BEFORE_BLOCKING_MS, so the wizard shows what runs while nothing
   * can answer it. Nobody polls a report without an owner: no wait.
   */
  async showBeforeBlocking(): Promise<void> {
    if (!this.owner || this.read) return
    let timer: NodeJS.Timeout | undefined
    await new Promise<void>((resolve) => {
      this.onRead = resolve
      timer = setTimeout(resolve, SHOW_BEFORE_BLOCKING_MS)
    })
    clearTimeout(timer)
    this.onRead = null
  }

  /** Called when exchange.progress has answered with this report's progress. */
  wasRead(): void {
    this.read = true
    this.onRead?.()
  }

  /** Rows done so far in the current stage (never fewer than before). */
  advance(done: number): void {
    this.progress.done = Math.max(this.progress.done, Math.min(done, this.progress.total))
  }

  end(): void {
    if (this.owner && running.get(this.owner)?.report === this) running.delete(this.owner)
  }
}
