import type { documentsContract } from '../../shared/contract/documents'
import type { AppContext } from '../app-context'
import { exportBriefing, previewBriefing } from '../documents/briefing/briefing-service'
import { listIssues } from '../documents/briefing/briefing-store'
import {
  issueNotices,
  previewNotices,
  writeRegister,
  writeRegisterInto
} from '../documents/notices/notice-service'
import { listRegister, markReplied } from '../documents/notices/notice-register'
import { loadDueItems, toLine } from '../documents/work-items'
import type { HandlerGroup } from './handlers'

/**
 * Documents write only where the clerk chose (handles from file.chooseSave / file.chooseFolder), and every
 * file written is registered as an output handle, so the web mode can hand it over as a download.
 */
export function documentHandlers(ctx: AppContext): HandlerGroup<keyof typeof documentsContract & string> {
  return {
    'briefing.preview': ({ asOf, issueNo, issuedOn }) => previewBriefing(ctx, { asOf, issueNo, issuedOn }),
    'briefing.export': async ({ target, ...request }) => {
      const path = ctx.files.resolve(target, 'output', ['docx'])
      const { issue } = await exportBriefing(ctx, request, path)
      return { issue, file: ctx.files.register(path, 'docx', 'output') }
    },
    'briefing.list': () => listIssues(ctx.db),
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
