import type { AppContext } from '../app-context'
import { exportBriefing, previewBriefing } from '../briefing/briefing-service'
import { listIssues } from '../briefing/briefing-store'
import type { briefingContract } from '../../shared/contract/briefing'
import type { HandlerGroup } from './handler-types'

/**
 * Documents write only where the clerk chose (handles from file.chooseSave / file.chooseFolder), and every
 * file written is registered as an output handle, so the web mode can hand it over as a download.
 */
export function briefingHandlers(ctx: AppContext): HandlerGroup<typeof briefingContract> {
  return {
    'briefing.preview': ({ asOf, issueNo, issuedOn }) => previewBriefing(ctx, { asOf, issueNo, issuedOn }),
    'briefing.export': async ({ target, ...request }) => {
      const path = ctx.files.resolve(target, 'output', ['docx'])
      const { issue } = await exportBriefing(ctx, request, path)
      return { issue, file: ctx.files.register(path, 'docx', 'output') }
    },
    'briefing.list': () => listIssues(ctx.db)
  }
}
