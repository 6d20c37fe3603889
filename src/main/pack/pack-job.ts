import type { PackProgress } from '../../shared/contract'
import { UserError } from '../../shared/errors'

/**
 * The pack being written, per open app: its progress for the page's poll, and the clerk's cancel. The
 * writer hands the event loop back between documents (`checkpoint`), which is when a cancel is seen.
 */
export class PackJob {
  private progress: PackProgress = { state: 'idle', part: '', done: 0, total: 0 }
  private cancelAsked = false

  get running(): boolean {
    return this.progress.state === 'running'
  }

  snapshot(): PackProgress {
    return { ...this.progress }
  }

  start(total: number): void {
    if (this.running) throw new UserError('conflict', '会议材料正在生成中，请等它完成或取消后再试。')
    this.cancelAsked = false
    this.progress = { state: 'running', part: '读取数据', done: 0, total }
  }

  /** The part about to be written; the steps before it are done. */
  step(part: string, done: number): void {
    this.progress = { ...this.progress, part, done }
  }

  finish(state: 'done' | 'failed' | 'cancelled'): void {
    this.progress = {
      ...this.progress,
      state,
      done: state === 'done' ? this.progress.total : this.progress.done
    }
  }

  /** True when there was a pack running to cancel. */
  cancel(): boolean {
    if (!this.running) return false
    this.cancelAsked = true
    return true
  }

  /** Yields to the event loop, then stops the pack if the clerk cancelled meanwhile. */
  async checkpoint(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve))
    if (this.cancelAsked)
      throw new UserError('cancelled', '已取消生成会议材料，未保留任何文件，也未登记期号和文号。')
  }
}

const jobs = new WeakMap<object, PackJob>()

/** One job per app (keyed by its file registry, which lives as long as the app's context). */
export function packJobOf(owner: object): PackJob {
  let job = jobs.get(owner)
  if (!job) jobs.set(owner, (job = new PackJob()))
  return job
}
