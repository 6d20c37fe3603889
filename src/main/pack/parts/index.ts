import type { PackPart } from '../pack-part'
import { briefingPart } from './briefing-part'
import { bulletinPart } from './bulletin-part'
import { dueListPart } from './due-list-part'
import { noticesPart } from './notices-part'
import { reportingPart } from './reporting-part'

/**
 * The parts of a 会议材料包 in meeting order. A part's number in the folder is its place here (01, 02 …;
 * 00 is the 材料目录), whether or not the parts before it are written this time, so 03 is always the 清单.
 */
export const PACK_PARTS: readonly PackPart[] = [
  briefingPart,
  noticesPart,
  dueListPart,
  reportingPart,
  bulletinPart
]
