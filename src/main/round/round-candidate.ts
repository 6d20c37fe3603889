import type { IsoDate } from '../../shared/civil-date'
import type { RoundEntryKind } from '../../shared/contract/round'
import type { WorkStatus } from '../../shared/domain'

/** One row a unit will be asked about, as it stands when the round opens (round-open.ts). */
export interface Candidate {
  kind: RoundEntryKind
  recordId: number
  unitId: number
  role: 'lead' | 'support'
  code: string
  title: string
  startDate: IsoDate | null
  deadline: IsoDate | null
  status: WorkStatus
  completedDate: IsoDate | null
  percent: number | null
  lastProgress: string
  /** Sort key inside the unit's sheet: kind, then plan/place order. */
  order: number
}
