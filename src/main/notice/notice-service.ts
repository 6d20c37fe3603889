import { formatChineseDate, yearOf, type IsoDate } from '../../shared/civil-date'
import type { NoticePlan, NoticeRegisterRow, NoticeRequest } from '../../shared/contract'
import { NOTICE_KIND_LABEL } from '../../shared/contract/notice'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { provisionalYearsOf } from '../calendar/provisional-scope'
import { selectValue } from '../store/typed-query'
import { writeFileAtomic } from '../system/atomic-file'
import { fileNameOf, removeFiles, writeAllOrNone } from '../documents/output-files'
import { documentNumber } from '../documents/wording'
import { buildNotice, type NoticeContent } from './notice-docx'
import { planNotices, type PlannedNotice } from './notice-plan'
import { insertNotice, listRegister, nextSeq, registerRow } from './notice-register'
import { registerWorkbook } from './register-xlsx'
import { join } from 'node:path'
import { requireOfficeNames } from '../settings/office-names'

export function previewNotices(
  ctx: AppContext,
  asOf: IsoDate,
  issuedOn: IsoDate,
  request: NoticeRequest
): NoticePlan {
  return planNotices(ctx, asOf, issuedOn, request).plan
}

const PLAN_NAME_FALLBACK = '城中村现代化治理三年行动方案'

function planName(ctx: AppContext): string {
  const name = selectValue<string>(ctx.db, 'SELECT name FROM plan ORDER BY id LIMIT 1').get()
  return name ?? PLAN_NAME_FALLBACK
}

/**
 * Issues runs one after another: numbering reads the register, builds documents (asynchronously), then
 * registers them, and two batches interleaving would hand out the same 序号.
 */
const queues = new WeakMap<object, Promise<unknown>>()
function serialized<T>(ctx: AppContext, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(ctx.files) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(work)
  queues.set(ctx.files, next)
  return next
}

export interface IssueRequest {
  asOf: IsoDate
  issuedOn: IsoDate
  request: NoticeRequest
  /** The plan's group keys to issue now; all of them when omitted (CLI). */
  keys?: readonly string[]
}

/** A notice numbered and written out in memory, not yet on disk nor registered. */
export interface PreparedNotice {
  notice: PlannedNotice
  number: string
  seq: number
  content: NoticeContent
  fileName: string
}

/** A batch of notices as read from the data file in one go (no awaits in between). */
export interface PreparedBatch {
  plan: NoticePlan
  year: number
  request: Omit<IssueRequest, 'keys'>
  notices: PreparedNotice[]
}

/**
 * Plans a batch and numbers it in its per-year series (代字〔2025〕N号), with everything each notice
 * prints. Synchronous, so it reads one state of the data file; refuses an empty batch or missing names.
 */
export function prepareNotices(ctx: AppContext, req: IssueRequest): PreparedBatch {
  const { plan, notices } = planNotices(ctx, req.asOf, req.issuedOn, req.request)
  const chosen = req.keys ? pick(notices, req.keys) : notices
  if (chosen.length === 0)
    throw new UserError(
      'invalid-input',
      req.request.kind === 'reminder'
        ? `截至${formatChineseDate(req.asOf)}，没有反馈逾期且尚未催办的督办通知。`
        : `截至${formatChineseDate(req.asOf)}，所选范围内没有需要督办的事项。`
    )
  const settings = ctx.settings()
  requireOfficeNames(settings, plan.kind)
  const year = yearOf(req.issuedOn)
  const prefix = plan.kind === 'supervision' ? settings.supervisionPrefix : settings.reminderPrefix
  const first = nextSeq(ctx.db, plan.kind, year)
  const name = planName(ctx)
  const prepared = chosen.map((notice, i): PreparedNotice => {
    const seq = first + i
    const number = documentNumber(prefix, year, seq)
    const content: NoticeContent = {
      kind: plan.kind,
      number,
      title: notice.title,
      officeName: settings.officeName,
      officeShortName: settings.officeShortName,
      planName: name,
      unit: notice.unit,
      asOf: req.asOf,
      issuedOn: req.issuedOn,
      replyDue: plan.replyDue,
      lines: notice.lines,
      cites: notice.cites,
      contact: { person: settings.contactPerson, phone: settings.contactPhone },
      copyTo: settings.noticeCopyTo,
      // Its lines count from asOf to each deadline, and the reply is due working days after issue.
      provisionalYears: provisionalYearsOf(ctx, req.asOf, [
        ...notice.lines.map((l) => l.deadline),
        req.issuedOn,
        plan.replyDue
      ])
    }
    return { notice, number, seq, content, fileName: fileNameOf(`${number}-${notice.unit}`, 'docx') }
  })
  const { keys: _keys, ...request } = req
  return { plan, year, request, notices: prepared }
}

/** The .docx of each notice of a batch, in order. */
export async function renderNotices(batch: PreparedBatch): Promise<{ name: string; bytes: Buffer }[]> {
  const files: { name: string; bytes: Buffer }[] = []
  for (const p of batch.notices) files.push({ name: p.fileName, bytes: await buildNotice(p.content) })
  return files
}

/**
 * Registers a batch with its items and audit rows; call inside the caller's transaction. Refuses a batch
 * whose numbers were handed out meanwhile (a pack reads, writes for a while, then registers).
 */
export function registerNotices(ctx: AppContext, batch: PreparedBatch): number[] {
  const first = batch.notices[0]
  if (first && nextSeq(ctx.db, batch.plan.kind, batch.year) !== first.seq)
    throw new UserError(
      'conflict',
      `编号后又有${NOTICE_KIND_LABEL[batch.plan.kind]}登记（${first.number}已被占用），本次未登记任何通知，请重新生成。`
    )
  return batch.notices.map((p) =>
    insertNotice(ctx, {
      series: batch.plan.kind,
      year: batch.year,
      seq: p.seq,
      number: p.number,
      issuedOn: batch.request.issuedOn,
      asOf: batch.request.asOf,
      unitId: p.notice.unitId,
      unitName: p.notice.unit,
      title: p.notice.title.join(''),
      replyDue: batch.plan.replyDue,
      citesNoticeId: p.notice.cites?.noticeId ?? null,
      items: p.notice.lines.map((l) => ({
        kind: l.kind,
        refId: l.refId,
        title: l.title,
        place: l.place,
        deadline: l.deadline,
        statusLabel: l.statusLabel,
        supervisionCount: l.supervisionCount
      }))
    })
  )
}

/**
 * Issues notices into `folder`: numbers them, writes one .docx per notice, then registers them all in one
 * transaction with their items and audit rows. If the register refuses them, the files just written are
 * removed again.
 */
export function issueNotices(
  ctx: AppContext,
  req: IssueRequest,
  folder: string
): Promise<{ notices: NoticeRegisterRow[]; paths: string[] }> {
  return serialized(ctx, async () => {
    const batch = prepareNotices(ctx, req)
    const paths = writeAllOrNone(folder, await renderNotices(batch))
    try {
      const ids = ctx.db.transaction(() => registerNotices(ctx, batch))()
      return { notices: ids.map((id) => registerRow(ctx, id, req.asOf)), paths }
    } catch (error) {
      removeFiles(paths)
      throw error
    }
  })
}

function pick(notices: readonly PlannedNotice[], keys: readonly string[]): PlannedNotice[] {
  const byKey = new Map(notices.map((n) => [n.key, n]))
  const missing = keys.filter((k) => !byKey.has(k))
  if (missing.length > 0)
    throw new UserError(
      'conflict',
      `有${missing.length}个单位已不在待发名单中（可能刚刚已发出，或事项已办结），请刷新后重试。`
    )
  return keys.map((k) => byKey.get(k)!)
}

/** 发文登记表（2025年）.xlsx: the register of a year (or of all years) with reply states as of `asOf`. */
export async function registerFile(
  ctx: AppContext,
  asOf: IsoDate,
  year?: number
): Promise<{ name: string; bytes: Buffer }> {
  const rows = listRegister(ctx, asOf, year)
  const bytes = await registerWorkbook(rows, asOf, ctx.settings().officeName)
  return { name: fileNameOf(year === undefined ? '发文登记表' : `发文登记表（${year}年）`, 'xlsx'), bytes }
}

export async function writeRegister(
  ctx: AppContext,
  asOf: IsoDate,
  year: number | undefined,
  path: string
): Promise<void> {
  const { bytes } = await registerFile(ctx, asOf, year)
  writeFileAtomic(path, bytes)
}

export async function writeRegisterInto(
  ctx: AppContext,
  asOf: IsoDate,
  year: number | undefined,
  folder: string
): Promise<string> {
  const { name, bytes } = await registerFile(ctx, asOf, year)
  const path = join(folder, name)
  writeFileAtomic(path, bytes)
  return path
}
