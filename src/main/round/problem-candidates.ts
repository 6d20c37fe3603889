import type { IsoDate } from '../../shared/civil-date'
import type { AppContext } from '../app-context'
import { problemText } from '../assessment/documents/problem-text'
import { listProblems } from '../assessment/problem-service'
import type { Candidate } from './round-candidate'

/**
 * The 测评问题 a round can ask about (issue 16, 问题整改 through a reporting round): every problem handed
 * to a unit and still 整改中 as of `asOf`, one row for its responsible unit. A problem already 申请销号
 * waits for the office's 复核, not for the unit, and one not yet 交办 has no unit to ask. The row's
 * 上期进展 is the problem's last step (交办, an earlier 整改进展 or a 复核退回 with its reason), so the
 * unit sees what it is answering.
 */
export function problemCandidates(ctx: AppContext, asOf: IsoDate): Candidate[] {
  return listProblems(ctx, asOf, { state: 'rectifying' })
    .filter((p) => p.unitId !== null)
    .map((p, index) => {
      const last = p.history[p.history.length - 1]
      return {
        kind: 'problem',
        recordId: p.id,
        unitId: p.unitId!,
        role: 'lead',
        code: `问题${p.id}`,
        title: `${p.round} ${p.areaPath} ${p.point}：${problemText(p)}`,
        startDate: p.assignedOn,
        deadline: p.deadline,
        status: 'in-progress',
        completedDate: null,
        percent: null,
        lastProgress: last ? `${last.at} ${last.action}${last.note ? `：${last.note}` : ''}` : '',
        order: index
      }
    })
}
