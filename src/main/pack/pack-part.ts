import type { PackOptions, PackPartKey, PackPartResult } from '../../shared/contract'
import type { OfficeDocument } from '../../shared/office-names'
import type { AppContext } from '../app-context'
import type { PackNumbers } from './pack-numbers'

/** What a part's writer is given: where to write, its number, and the pack's pulse. */
export interface PartWriteContext {
  /** The pack's staging folder; the part writes `<number> <title>…` into it. */
  dir: string
  /** 01, 02 …: the part's place in meeting order. */
  number: string
  /**
   * Called between documents: hands the event loop back (so the page's progress and cancel calls are
   * answered) and throws when the clerk cancelled.
   */
  checkpoint(): Promise<void>
}

/** A part as read from the pack's snapshot, ready to be written and, once the pack commits, registered. */
export interface ReadPart {
  /** What the 材料目录 says it holds beyond the file count ("12个单位，共85项"). */
  write(w: PartWriteContext): Promise<Omit<PackPartResult, 'key'> & { detail: string }>
  /**
   * Registers what the part issued (期号, 文号), inside the pack's one commit transaction; parts run in
   * meeting order, as the clerk would have issued them one by one.
   */
  register?(ctx: AppContext): void
}

/**
 * One part of the 会议材料包 (docs/architecture.md, "Adding a part to the meeting pack"). `read` runs
 * inside the pack's one read transaction, with every other part's read: it must take from the data file
 * all its part prints and registers, so that the parts agree with each other. It returns null when there
 * is nothing to write as of the date (the 目录 then leaves the part out). A part that numbers documents
 * counts from the register's next number plus what earlier parts took (`numbers`), and takes its own.
 */
export interface PackPart {
  key: PackPartKey
  /** The title in the folder and the 目录: 工作简报, 督办通知 … */
  title: string
  included(options: PackOptions): boolean
  /**
   * The documents whose office names it prints (their 文号代字, 简报名称 …), asked before anything is
   * written; a part with nothing to write as of the date needs none.
   */
  officeDocuments(ctx: AppContext, options: PackOptions): OfficeDocument[]
  /** For the page's checklist: whether the part has something to write, and what. Read-only. */
  describe(ctx: AppContext, options: PackOptions): { applies: boolean; note: string }
  read(ctx: AppContext, options: PackOptions, numbers: PackNumbers): ReadPart | null
}
