import type { IsoDate } from '../../shared/civil-date'
import type { BriefingExportResult, BriefingPreview } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'
import { registerCounts } from '../notice/notice-register'
import { buildBriefing } from './briefing-docx'
import { draftBriefing, previewOf, type BriefingDraft } from './briefing-draft'
import { saveIssue } from './briefing-store'
import { requireOfficeNames } from '../settings/office-names'

export function previewBriefing(
  ctx: AppContext,
  options: { asOf: IsoDate; issueNo?: number; issuedOn?: IsoDate }
): BriefingPreview {
  checkDates(options.asOf, options.issuedOn ?? options.asOf)
  return previewOf(draftBriefing(ctx, options))
}

export interface BriefingRequest {
  asOf: IsoDate
  issueNo: number
  issuedOn: IsoDate
  problems: string
  nextSteps: string
}

/** Builds the .docx of an issue, without writing or recording anything (CLI, tests, bench). */
export async function briefingDocument(
  ctx: AppContext,
  request: BriefingRequest
): Promise<{ draft: BriefingDraft; bytes: Buffer }> {
  checkDates(request.asOf, request.issuedOn)
  requireOfficeNames(ctx.settings(), 'briefing')
  const draft = draftBriefing(ctx, request)
  const bytes = await buildBriefing({
    draft,
    problems: request.problems,
    nextSteps: request.nextSteps,
    register: registerCounts(ctx.db, draft.year)
  })
  return { draft, bytes }
}

/**
 * Writes the issue to `path` (temporary file, then rename) and records it with its figures, so the next
 * issue compares with it. The record is written only once the file is in place.
 */
export async function exportBriefing(
  ctx: AppContext,
  request: BriefingRequest,
  path: string
): Promise<Omit<BriefingExportResult, 'file'>> {
  const { draft, bytes } = await briefingDocument(ctx, request)
  writeFileAtomic(path, bytes)
  const issue = ctx.db.transaction(() =>
    saveIssue(
      ctx.db,
      ctx.clock,
      {
        year: draft.year,
        issueNo: draft.issueNo,
        asOf: draft.asOf,
        issuedOn: draft.issuedOn,
        title: draft.title,
        figures: draft.figures,
        problems: request.problems,
        nextSteps: request.nextSteps
      },
      draft.settings.briefingName
    )
  )()
  return { issue }
}

function checkDates(asOf: IsoDate, issuedOn: IsoDate): void {
  if (issuedOn < asOf)
    throw new UserError('invalid-input', `印发日期（${issuedOn}）不能早于数据截止日期（${asOf}）`)
}
