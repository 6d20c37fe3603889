import type { AppContext } from '../app-context'
import { issueNotices, previewNotices, writeRegister, writeRegisterInto } from '../notice/notice-service'
import { listRegister, markReplied } from '../notice/notice-register'
import { loadDueItems, toLine } from '../documents/work-items'
import type { noticeContract } from '../../shared/contract/notice'
import type { HandlerGroup } from './handler-types'

/**
 * Documents write only where the clerk chose (handles from file.chooseSave / file.chooseFolder), and every
 * file written is registered as an output handle, so the web mode can hand it over as a download.
 */
export function noticeHandlers(ctx: AppContext): HandlerGroup<typeof noticeContract> {
  return {
    'notice.candidates': ({ asOf }) => loadDueItems(ctx, asOf).map(toLine),
    'notice.plan': ({ asOf, issuedOn, request }) => previewNotices(ctx, asOf, issuedOn, request),
    'notice.issue': async ({ folder, ...request }) => {
      const dir = ctx.files.resolve(folder, 'folder', ['notice-folder'])
      const { notices, paths } = await issueNotices(ctx, request, dir)
      return { notices, files: paths.map((p) => ctx.files.register(p, 'docx', 'output')) }
    },
    'notice.list': ({ asOf, year }) => listRegister(ctx, asOf, year),
    'notice.markReplied': ({ id, repliedOn, asOf }) => markReplied(ctx, id, repliedOn, asOf),
    'notice.exportRegister': async ({ asOf, year, folder, target }) => {
      if (folder !== undefined) {
        const path = await writeRegisterInto(
          ctx,
          asOf,
          year,
          ctx.files.resolve(folder, 'folder', ['notice-folder'])
        )
        return ctx.files.register(path, 'export-xlsx', 'output')
      }
      const path = ctx.files.resolve(target!, 'output', ['export-xlsx'])
      await writeRegister(ctx, asOf, year, path)
      return ctx.files.register(path, 'export-xlsx', 'output')
    }
  }
}
