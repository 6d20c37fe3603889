import type { MethodInput, PackProgress, PackResult } from '../../../shared/contract'
import { call } from '../api/client'

/**
 * Writes a 会议材料包 and, while the main process works, asks for its progress a few times a second (the
 * writer hands the event loop back between documents, so the poll is answered in time).
 */
export async function writePackWithProgress(
  input: MethodInput<'pack.write'>,
  onProgress: (progress: PackProgress) => void
): Promise<PackResult> {
  let finished = false
  const poll = async (): Promise<void> => {
    while (!finished) {
      try {
        const progress = await call('pack.progress', {})
        if (!finished && progress.state === 'running') onProgress(progress)
      } catch {
        // A missed poll only delays the bar; the write's own answer decides the outcome.
      }
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
  void poll()
  try {
    return await call('pack.write', input)
  } finally {
    finished = true
  }
}
