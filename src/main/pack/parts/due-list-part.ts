import { join } from 'node:path'
import { listDue } from '../../ledger/due'
import { writeFileAtomic } from '../../system/atomic-file'
import { byLight, dueListWorkbook } from '../due-list-xlsx'
import type { PackPart } from '../pack-part'

/** 逾期及临期事项清单.xlsx: the due list of the date (red and yellow only), as `ledger.due` gives it. */
export const dueListPart: PackPart = {
  key: 'due-list',
  title: '逾期及临期事项清单',
  included: (options) => options.dueList.include,
  officeDocuments: () => [],
  describe(ctx, options) {
    const lines = byLight(listDue(ctx, options.asOf))
    return { applies: true, note: `${lines.length}项` }
  },
  read(ctx, options) {
    const due = listDue(ctx, options.asOf)
    const officeName = ctx.settings().officeName
    return {
      async write(w) {
        const name = `${w.number} 逾期及临期事项清单.xlsx`
        const book = await dueListWorkbook(due, options.asOf, officeName)
        writeFileAtomic(join(w.dir, name), book.bytes)
        return { name, files: 1, detail: `共${book.rows}项（逾期${book.red}项、临期${book.yellow}项）` }
      }
    }
  }
}
