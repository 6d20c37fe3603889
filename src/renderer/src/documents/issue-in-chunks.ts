import type { IsoDate } from '../../../shared/civil-date'
import type { NoticeRegisterRow, NoticeRequest } from '../../../shared/contract'
import type { ChosenFile } from '../../../shared/file-purposes'
import { call } from '../api/client'
import { formatCount } from '../../../shared/count-format'

/** Notices per call: small enough for the progress bar to move, large enough to stay quick. */
export const CHUNK = 8

export interface IssueProgress {
  done: number
  total: number
}

/**
 * Issues the notices of a plan a few units at a time, reporting progress after each call. Each call
 * numbers, writes and registers its notices as one unit; if a call fails, the ones before it stand
 * (they are in the register and on disk) and the error names how far it got.
 */
export async function issueInChunks(
  args: { asOf: IsoDate; issuedOn: IsoDate; request: NoticeRequest; folder: string },
  keys: readonly string[],
  onProgress: (progress: IssueProgress) => void
): Promise<{ notices: NoticeRegisterRow[]; files: ChosenFile[] }> {
  const notices: NoticeRegisterRow[] = []
  const files: ChosenFile[] = []
  onProgress({ done: 0, total: keys.length })
  for (let i = 0; i < keys.length; i += CHUNK) {
    try {
      const result = await call('notice.issue', { ...args, keys: keys.slice(i, i + CHUNK) })
      notices.push(...result.notices)
      files.push(...result.files)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(
        i === 0 ? reason : `已生成${formatCount(notices.length)}份通知，其余未生成：${reason}`,
        {
          cause: error
        }
      )
    }
    onProgress({ done: Math.min(i + CHUNK, keys.length), total: keys.length })
  }
  return { notices, files }
}
