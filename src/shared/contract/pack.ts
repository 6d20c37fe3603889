import { z } from 'zod'
import type { ChosenFile } from '../file-purposes'
import { id } from '../schemas'
import { fileRef } from './file'
import { dateField, textField } from './labelled-fields'
import { mutation, query } from './define'

/**
 * 会议材料包 (issue 17): the 工作简报, the 督办通知 of every unit that is behind, the list of overdue and
 * nearly-due items and a 材料目录, from one snapshot of the data, in one folder and a .zip beside it.
 * Writing runs for a while; the page polls `pack.progress` and may `pack.cancel`.
 */

/** What a pack holds, in meeting order (01 简报 … 05 测评通报). */
export const PACK_PART_KEYS = ['briefing', 'notices', 'due-list', 'reporting', 'bulletin'] as const
export type PackPartKey = (typeof PACK_PART_KEYS)[number]

/** Characters Windows refuses in a folder name, which the meeting's name becomes part of. */
const FOLDER_FORBIDDEN = /[\\/:*?"<>|]/

const issueNo = z
  .number({ error: '期号应为1到999之间的整数' })
  .int({ error: '期号应为1到999之间的整数' })
  .min(1, { error: '期号应为1到999之间的整数' })
  .max(999, { error: '期号应为1到999之间的整数' })

/** 整改时限 of a 测评通报 written as one by one: 30 days after 印发, as the 测评 page offers. */
export const DEFAULT_RECTIFY_DAYS = 30

const rectifyDays = z
  .number({ error: '整改时限应为1到365之间的天数' })
  .int({ error: '整改时限应为1到365之间的天数' })
  .min(1, { error: '整改时限应为1到365之间的天数' })
  .max(365, { error: '整改时限应为1到365之间的天数' })

export const packOptionsSchema = z
  .object({
    title: textField('会议名称', 40, true).refine((v) => !FOLDER_FORBIDDEN.test(v), {
      error: '会议名称不能含有 \\ / : * ? " < > | 这些字符（它是文件夹名称的一部分）'
    }),
    meetingDate: dateField('会议日期'),
    asOf: dateField('统计截止日期'),
    /** 印发日期 of the 简报 and 发文日期 of the notices. */
    issuedOn: dateField('印发日期'),
    briefing: z.object({ include: z.boolean(), issueNo: issueNo.optional() }).strict(),
    notices: z
      .object({
        include: z.boolean(),
        /** 'overdue': every unit with an overdue item; otherwise those units only. */
        units: z.union([z.literal('overdue'), z.array(id).min(1, { error: '请至少选择一个单位' }).max(500)]),
        /** Also a 催办通知 for each 督办通知 unanswered past its 反馈时限. */
        reminders: z.boolean()
      })
      .strict(),
    dueList: z.object({ include: z.boolean() }).strict(),
    /**
     * 报送情况 of the latest reporting round. Defaulted so that options stored by a pack written before the
     * part existed still read (the part is then included, as on a first pack).
     */
    reporting: z.object({ include: z.boolean() }).strict().default({ include: true }),
    /** 测评通报 of the latest 测评 round with results; its 整改时限 falls `rectifyDays` days after 印发. */
    bulletin: z
      .object({ include: z.boolean(), rectifyDays: rectifyDays })
      .strict()
      .default({ include: true, rectifyDays: DEFAULT_RECTIFY_DAYS })
  })
  .strict()
  .refine((v) => v.issuedOn >= v.asOf, { error: '印发日期不能早于统计截止日期' })
  .refine(
    (v) =>
      v.briefing.include ||
      v.notices.include ||
      v.dueList.include ||
      v.reporting.include ||
      v.bulletin.include,
    {
      error: '请至少选择一项材料'
    }
  )
export type PackOptions = z.output<typeof packOptionsSchema>

/** One part of the pack as the page lists it. */
export interface PackPartInfo {
  key: PackPartKey
  /** 01, 02 …: its place in the folder. */
  number: string
  title: string
  /** False when there is nothing to write for it as of the date (e.g. no overdue item: no 督办通知). */
  applies: boolean
  /** Why it does not apply, or what it will hold ("12个单位"). */
  note: string
}

export interface PackDefaults {
  /** The options of the last pack written, with the dates moved to the date asked for. */
  options: PackOptions
  parts: PackPartInfo[]
  /** The units with an overdue item as of the date, for the 督办通知 choice. */
  units: { id: number; name: string; red: number; yellow: number }[]
  /** 期号 the 简报 would get. */
  nextIssueNo: number
}

export interface PackPartResult {
  key: PackPartKey | 'contents'
  /** The file or folder name in the pack. */
  name: string
  files: number
}

export interface PackResult {
  folderName: string
  zip: ChosenFile
  parts: PackPartResult[]
  /** When the data was read (ISO time), as the 材料目录 prints it. */
  snapshotAt: string
}

export interface PackProgress {
  state: 'idle' | 'running' | 'done' | 'failed' | 'cancelled'
  /** The part being written (its title), or the last one. */
  part: string
  done: number
  total: number
}

export const packContract = {
  'pack.defaults': query<PackDefaults>()(z.object({ asOf: dateField('统计截止日期') }).strict()),
  /** Writes the pack into a folder the clerk chose; answers once the folder and the .zip are in place. */
  'pack.write': mutation<PackResult>()(z.object({ options: packOptionsSchema, folder: fileRef }).strict()),
  'pack.progress': query<PackProgress>()(z.object({}).strict()),
  /** Asks the running pack to stop after the part it is writing; nothing of it is kept. */
  'pack.cancel': query<boolean>()(z.object({}).strict())
}
