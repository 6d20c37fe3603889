import { listDue } from '../../ledger/due'
import { asOfDate, existingDataFile, integerOption } from '../cli-args'
import type { CliCommand } from '../cli-types'
import { printJson, withApp } from '../with-app'
import { provisionalNoteAsOf } from '../provisional-note'

const KIND_LABEL = { task: '任务', milestone: '节点', 'village-item': '村事项' } as const

export const dueCommand: CliCommand = {
  summary: '列出逾期（红灯）和临期（黄灯）的任务、时间节点和村治理事项',
  usage: 'due --db FILE [--as-of YYYY-MM-DD] [--within N] [--json]',
  options: {
    db: { type: 'string' },
    'as-of': { type: 'string' },
    within: { type: 'string' },
    json: { type: 'boolean' }
  },
  async run(values, env) {
    const dataFile = existingDataFile(values)
    const asOf = asOfDate(values)
    const within = integerOption(values, 'within', 0, 366)
    const due = await withApp(dataFile, env, (ctx) => {
      // The list stays an array; the provisional years go to stderr, and each item carries provisional.
      provisionalNoteAsOf(env, ctx, asOf)
      return listDue(ctx, asOf, within)
    })
    if (values.json) return printJson(env, due)
    for (const d of due) {
      const place = d.village ? `${d.district}${d.town}${d.village}·` : ''
      env.io.stdout(
        `[${d.light === 'red' ? '红' : d.light === 'yellow' ? '黄' : '绿'}] ${KIND_LABEL[d.kind]} ${place}${d.title}｜${d.deadline}｜${d.label}｜${d.units.join('、')}\n`
      )
    }
  }
}
