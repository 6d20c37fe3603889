import { z } from 'zod'
import { isoDate } from './schemas'

/**
 * The office's settings, each with the default a new data file starts with. Stored one row per key
 * (JSON value) in the `setting` table; unknown keys are ignored so an older CivDesk can read a newer file's
 * settings.
 */
export const settingsSchema = z.object({
  // The office's own names start empty: only the sample city writes its names (sample/sample-office.ts).
  // A document that needs an empty one is refused (settings/office-names.ts), never filled with a guess.
  officeName: z.string().trim().max(60).default(''),
  officeShortName: z.string().trim().max(30).default(''),
  /** 临期 (yellow) when 0 ≤ workdaysLeft ≤ this many working days. */
  yellowWindow: z.number().int().min(0).max(30).default(3),
  /** 机关代字 of the 督办通知 series, e.g. 某某文明办督〔2025〕N号. */
  supervisionPrefix: z.string().trim().max(20).default(''),
  /** 机关代字 of the 催办通知 series. */
  reminderPrefix: z.string().trim().max(20).default(''),
  /** 简报 name on the red masthead. */
  briefingName: z.string().trim().max(30).default(''),
  /** Working days a unit has to reply to a notice, counted from the day after it is issued. */
  replyWorkdays: z.number().int().min(1).max(60).default(5),
  contactPerson: z.string().trim().max(20).default(''),
  contactPhone: z.string().trim().max(30).default(''),
  /** 简报 编印单位 on the masthead; empty: the 发文机关全称 (officeName). */
  briefingEditor: z.string().trim().max(40).default(''),
  /** 简报 报尾 "报：" (leaders, upper level); sample default. */
  briefingReportTo: z
    .string()
    .trim()
    .max(200)
    .default('市委、市政府领导，市城中村现代化治理工作领导小组组长、副组长'),
  /** 简报 报尾 "送：" (peer units); sample default. */
  briefingSendTo: z.string().trim().max(200).default('市城中村现代化治理工作领导小组各成员单位'),
  /** 简报 报尾 "发：" (lower units); sample default. */
  briefingIssueTo: z.string().trim().max(200).default('各区文明办，各镇（街道）'),
  /** 简报 共印X份. */
  briefingCopies: z.number().int().min(1).max(9999).default(60),
  /** 督办/催办通知 版记 抄送 (empty: none); sample default. */
  noticeCopyTo: z.string().trim().max(200).default('市城中村现代化治理工作领导小组办公室'),
  /** The as-of date the sample data was generated for; the UI defaults to it when set. */
  sampleAsOf: isoDate.nullable().default(null),
  /** The clerk was asked once for the office's names (saved or put off); the page does not ask again. */
  officeAsked: z.boolean().default(false)
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingKey = keyof Settings

export const SETTING_LABEL: Record<SettingKey, string> = {
  officeName: '发文机关全称',
  officeShortName: '发文机关简称',
  yellowWindow: '临期提醒（工作日）',
  supervisionPrefix: '督办通知发文代字',
  reminderPrefix: '催办通知发文代字',
  briefingName: '简报名称',
  replyWorkdays: '反馈期限（工作日）',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  briefingEditor: '简报编印单位',
  briefingReportTo: '简报报送范围（报）',
  briefingSendTo: '简报抄送范围（送）',
  briefingIssueTo: '简报分发范围（发）',
  briefingCopies: '简报印数（份）',
  noticeCopyTo: '通知抄送单位',
  sampleAsOf: '示例数据截止日期',
  officeAsked: '已询问单位名称'
}

export const defaultSettings: Settings = settingsSchema.parse({})
