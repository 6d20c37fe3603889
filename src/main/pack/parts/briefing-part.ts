import { writeFileAtomic } from '../../system/atomic-file'
import { join } from 'node:path'
import { issueExists, nextIssueNo } from '../../briefing/briefing-store'
import { UserError } from '../../../shared/errors'
import { recordBriefing, renderBriefing, snapshotBriefing } from '../../briefing/briefing-service'
import { yearOf } from '../../../shared/civil-date'
import type { PackPart } from '../pack-part'

/**
 * 01 工作简报（第N期）.docx: the issue the 文档 page would write, with 存在问题 and 下步工作 as prefilled
 * from the progress reports, recorded (期号) when the pack commits.
 */
export const briefingPart: PackPart = {
  key: 'briefing',
  title: '工作简报',
  included: (options) => options.briefing.include,
  officeDocuments: () => ['briefing'],
  describe(ctx, options) {
    const issueNo = options.briefing.issueNo ?? nextIssueNo(ctx.db, yearOf(options.issuedOn))
    return { applies: true, note: `${yearOf(options.issuedOn)}年第${issueNo}期` }
  },
  read(ctx, options) {
    const snapshot = snapshotBriefing(ctx, {
      asOf: options.asOf,
      issuedOn: options.issuedOn,
      issueNo: options.briefing.issueNo
    })
    const { draft } = snapshot
    const text = { problems: draft.problems, nextSteps: draft.nextSteps }
    return {
      async write(w) {
        const name = `${w.number} 工作简报（第${draft.issueNo}期）.docx`
        writeFileAtomic(join(w.dir, name), await renderBriefing(snapshot, text))
        return { name, files: 1, detail: `${draft.year}年第${draft.issueNo}期` }
      },
      register(ctx2) {
        if (!draft.replacesIssue && issueExists(ctx2.db, draft.year, draft.issueNo))
          throw new UserError(
            'conflict',
            `生成期间已另行登记了${draft.year}年第${draft.issueNo}期简报，本次未登记任何材料，请重新生成。`
          )
        recordBriefing(ctx2, draft, text)
      }
    }
  }
}
