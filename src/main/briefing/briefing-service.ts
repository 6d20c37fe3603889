import type { IsoDate } from '../../shared/civil-date'
import type { BriefingExportResult, BriefingIssueRow, BriefingPreview } from '../../shared/contract'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'
import { registerCounts } from '../notice/notice-register'
import { buildBriefing } from './briefing-docx'
import { draftBriefing, previewOf, type BriefingChoices, type BriefingDraft } from './briefing-draft'
import { roundHighlights } from '../round/round-board'
import { saveIssue } from './briefing-store'
import { requireOfficeNames } from '../settings/office-names'

export function previewBriefing(
  ctx: AppContext,
  options: { asOf: IsoDate; issueNo?: number; issuedOn?: IsoDate }
): BriefingPreview {
  checkDates(options.asOf, options.issuedOn ?? options.asOf)
  return previewOf(draftBriefing(ctx, options), roundHighlights(ctx, options.asOf))
}

export interface BriefingRequest extends BriefingChoices {
  asOf: IsoDate
  issueNo: number
  issuedOn: IsoDate
  problems: string
  nextSteps: string
}

/** What an issue prints, read from the data file in one go (no awaits in between). */
export interface BriefingSnapshot {
  draft: BriefingDraft
  register: { supervision: number; reminder: number; replied: number }
}

/** Reads everything an issue prints; refuses before anything is written when a name is missing. */
export function snapshotBriefing(
  ctx: AppContext,
  request: Pick<BriefingRequest, 'asOf' | 'issuedOn'> & { issueNo?: number } & BriefingChoices
): BriefingSnapshot {
  checkDates(request.asOf, request.issuedOn)
  requireOfficeNames(ctx.settings(), 'briefing')
  const draft = draftBriefing(ctx, request)
  return { draft, register: registerCounts(ctx.db, draft.year) }
}

export function renderBriefing(
  snapshot: BriefingSnapshot,
  text: Pick<BriefingRequest, 'problems' | 'nextSteps'>
): Promise<Buffer> {
  return buildBriefing({ draft: snapshot.draft, ...text, register: snapshot.register })
}

/** Records an issue with its figures, so the next issue compares with it. Call inside a transaction. */
export function recordBriefing(
  ctx: AppContext,
  draft: BriefingDraft,
  text: Pick<BriefingRequest, 'problems' | 'nextSteps'>
): BriefingIssueRow {
  return saveIssue(
    ctx.db,
    ctx.clock,
    {
      year: draft.year,
      issueNo: draft.issueNo,
      asOf: draft.asOf,
      issuedOn: draft.issuedOn,
      title: draft.title,
      figures: draft.figures,
      problems: text.problems,
      nextSteps: text.nextSteps
    },
    draft.settings.briefingName
  )
}

/** Builds the .docx of an issue, without writing or recording anything (CLI, tests, bench). */
export async function briefingDocument(
  ctx: AppContext,
  request: BriefingRequest
): Promise<{ draft: BriefingDraft; bytes: Buffer }> {
  const snapshot = snapshotBriefing(ctx, request)
  return { draft: snapshot.draft, bytes: await renderBriefing(snapshot, request) }
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
  const issue = ctx.db.transaction(() => recordBriefing(ctx, draft, request))()
  return { issue }
}

function checkDates(asOf: IsoDate, issuedOn: IsoDate): void {
  if (issuedOn < asOf)
    throw new UserError('invalid-input', `印发日期（${issuedOn}）不能早于数据截止日期（${asOf}）`)
}
