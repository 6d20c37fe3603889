import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AppContext } from '../src/main/app-context'
import { dispatch } from '../src/main/api/dispatch'
import { createHandlers, type Handlers } from '../src/main/api/handlers'
import { openApp } from '../src/main/bootstrap'
import { loadSampleCity } from '../src/main/sample/sample-service'
import { select, selectValue } from '../src/main/store/typed-query'
import { silentLogger } from '../src/main/system/logger'
import {
  contract,
  methodNames,
  type MethodInput,
  type MethodName,
  type MethodResult
} from '../src/shared/contract'
import { generatedLedger } from './exchange-corpus'
import { writeRoundFiles } from '../src/main/round/round-files'
import { fillWith } from './rounds/round-helpers'
import { useTempDir } from './temp-dir'

/**
 * Issue 6, audit: every method that changes the data file leaves a row in 操作日志. The table below holds,
 * for each mutation in the contract, how to call it successfully on the sample city; a new mutation
 * without an entry fails the first test, so it cannot slip in unaudited.
 */
const tempDir = useTempDir()

interface Run {
  ctx: AppContext
  dir: string
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>
  first(sql: string): number
}

type Example = (run: Run) => Promise<{ method: MethodName; input: unknown }>

const AS_OF = '2025-09-30'
const input = <M extends MethodName>(method: M, value: MethodInput<M>) => ({ method, input: value })

/** The sample scheme for 2025 and its 2025年第三季度 round, with one point entered by hand (one problem). */
async function assessmentRound(r: Run): Promise<{ schemeId: number; roundId: number; problemId: number }> {
  const scheme = await r.call('assessment.installSample', { year: 2025 })
  const round = await r.call('assessment.openRound', { year: 2025, quarter: 3, openedOn: '2025-09-01' })
  await r.call('assessment.enterPoint', {
    roundId: round.id,
    areaId: r.first("SELECT id FROM area WHERE level = 'town' LIMIT 1"),
    pointName: '主巷道',
    pointType: '背街小巷',
    foundOn: '2025-09-10',
    results: [
      { criterionId: r.first("SELECT id FROM assessment_node WHERE code = '1.1.1'"), description: '暴露垃圾' }
    ]
  })
  return {
    schemeId: scheme.id,
    roundId: round.id,
    problemId: r.first('SELECT id FROM assessment_problem LIMIT 1')
  }
}

async function assignedProblem(r: Run): Promise<number> {
  const { problemId } = await assessmentRound(r)
  await r.call('assessment.assign', {
    ids: [problemId],
    unitId: r.first('SELECT id FROM unit LIMIT 1'),
    assignedOn: '2025-09-26',
    workdays: 5,
    asOf: AS_OF
  })
  return problemId
}

/** A round over the units with open tasks, its 填报表 written into `<dir>/填报`, and one unit's filled in. */
async function roundWithReturn(r: Run) {
  const opened = await r.call('round.open', {
    title: '2025年10月进展填报',
    asOf: AS_OF,
    openedOn: AS_OF,
    due: { mode: 'date', date: '2025-10-14' },
    units: { mode: 'open' },
    itemKinds: ['tasks']
  })
  const out = join(r.dir, '填报')
  mkdirSync(out)
  const folder = r.ctx.files.register(out, 'round-folder', 'folder').ref
  const written = await writeRoundFiles(r.ctx, opened.id, out, AS_OF)
  const key = String(
    r.first(
      `SELECT min(id) FROM round_item WHERE round_id = ${opened.id} AND unit_id = ${opened.units[0].unitId}`
    )
  )
  const filled = fillWith(written.files[0].path, join(r.dir, '回执.xlsx'), {
    rows: { [key]: { 本期进展: '已完成方案', 状态: '推进中' } }
  })
  const ref = r.ctx.files.register(filled, 'round-return', 'input').ref
  const preview = await r.call('round.collectPreview', { id: opened.id, asOf: '2025-10-09', files: [ref] })
  return { opened, folder, ref, check: preview.files[0] }
}

const EXAMPLES: Record<string, Example> = {
  'assessment.installSample': async () => input('assessment.installSample', { year: 2025 }),
  'assessment.copyScheme': async (r) => {
    const scheme = await r.call('assessment.installSample', { year: 2025 })
    return input('assessment.copyScheme', { id: scheme.id, year: 2026 })
  },
  'assessment.saveScheme': async (r) => {
    const scheme = await r.call('assessment.installSample', { year: 2025 })
    return input('assessment.saveScheme', {
      id: scheme.id,
      name: '2025年城中村测评体系',
      components: scheme.components,
      boards: scheme.boards,
      nodes: []
    })
  },
  'assessment.openRound': async (r) => {
    await r.call('assessment.installSample', { year: 2025 })
    return input('assessment.openRound', { year: 2025, quarter: 4, openedOn: '2025-12-01' })
  },
  'assessment.enterPoint': async (r) => {
    const { roundId } = await assessmentRound(r)
    return input('assessment.enterPoint', {
      roundId,
      areaId: r.first("SELECT id FROM area WHERE level = 'town' LIMIT 1 OFFSET 1"),
      pointName: '农贸市场',
      pointType: '农贸市场',
      foundOn: '2025-09-11',
      results: [
        { criterionId: r.first("SELECT id FROM assessment_node WHERE code = '1.1.2'"), passed: false }
      ]
    })
  },
  'assessment.enterSurvey': async (r) => {
    const { roundId } = await assessmentRound(r)
    return input('assessment.enterSurvey', {
      roundId,
      areaId: r.first("SELECT id FROM area WHERE level = 'district' LIMIT 1"),
      samples: 120,
      rate: 91.5
    })
  },
  'assessment.assign': async (r) => {
    const { problemId } = await assessmentRound(r)
    return input('assessment.assign', {
      ids: [problemId],
      unitId: r.first('SELECT id FROM unit LIMIT 1'),
      assignedOn: '2025-09-26',
      deadline: '2025-10-31',
      asOf: AS_OF
    })
  },
  'assessment.transition': async (r) =>
    input('assessment.transition', {
      action: 'request',
      ids: [await assignedProblem(r)],
      on: '2025-10-09',
      rectification: '已清理并建立日常巡查',
      asOf: AS_OF
    }),
  'assessment.report': async (r) => {
    const { roundId } = await assessmentRound(r)
    return input('assessment.report', {
      roundId,
      asOf: AS_OF,
      issuedOn: AS_OF,
      deadline: '2025-10-31',
      target: r.ctx.files.register(join(r.dir, '测评通报.docx'), 'docx', 'output').ref
    })
  },
  'round.open': async () =>
    input('round.open', {
      title: '2025年10月进展填报',
      asOf: AS_OF,
      openedOn: AS_OF,
      due: { mode: 'workdays', workdays: 5 },
      units: { mode: 'open' },
      itemKinds: ['tasks', 'village-items']
    }),
  'round.writeFiles': async (r) => {
    const opened = await r.call('round.open', {
      title: '十月填报',
      asOf: AS_OF,
      openedOn: AS_OF,
      due: { mode: 'workdays', workdays: 5 },
      units: { mode: 'open' },
      itemKinds: ['tasks']
    })
    mkdirSync(join(r.dir, 'out'))
    return input('round.writeFiles', {
      id: opened.id,
      issuedOn: AS_OF,
      folder: r.ctx.files.register(join(r.dir, 'out'), 'round-folder', 'folder').ref
    })
  },
  'round.receive': async (r) => {
    const { opened, ref } = await roundWithReturn(r)
    return input('round.receive', { id: opened.id, asOf: '2025-10-09', files: [ref] })
  },
  'round.accept': async (r) => {
    const { opened, check } = await roundWithReturn(r)
    return input('round.accept', {
      id: opened.id,
      source: check.source,
      checksum: check.checksum,
      asOf: '2025-10-09'
    })
  },
  'round.return': async (r) => {
    const { opened, folder, check } = await roundWithReturn(r)
    return input('round.return', {
      id: opened.id,
      unitId: check.unitId!,
      source: check.source,
      checksum: check.checksum,
      reason: '本期进展过于简单，请补充具体数字',
      itemReasons: [{ roundItemId: check.changes[0].roundItemId, reason: '请写明完成了哪几个村' }],
      folder,
      asOf: '2025-10-09'
    })
  },
  'round.remind': async (r) => {
    const { opened, folder } = await roundWithReturn(r)
    return input('round.remind', { id: opened.id, asOf: '2025-10-20', issuedOn: '2025-10-20', folder })
  },
  'sample.load': async () => input('sample.load', { scale: 1 }),
  'settings.update': async () =>
    input('settings.update', { yellowWindow: 4, officeShortName: '示例市文明办（测）' }),
  'task.create': async () =>
    input('task.create', {
      title: '新增：城中村消防通道专项清理',
      leadUnits: ['市消防救援支队'],
      deadline: '2025-12-31'
    }),
  'task.update': async (r) =>
    input('task.update', {
      id: r.first("SELECT id FROM task WHERE status <> 'done' LIMIT 1"),
      changes: { percent: 66 }
    }),
  'task.delete': async (r) => input('task.delete', { ids: [r.first('SELECT id FROM task LIMIT 1')] }),
  'task.restore': async (r) => {
    const id = r.first('SELECT id FROM task LIMIT 1')
    await r.call('task.delete', { ids: [id] })
    return input('task.restore', { ids: [id] })
  },
  'progress.add': async (r) =>
    input('progress.add', {
      target: { kind: 'task', id: r.first("SELECT id FROM task WHERE status <> 'done' LIMIT 1") },
      date: AS_OF,
      text: '已完成现场踏勘'
    }),
  'milestone.setDone': async (r) =>
    input('milestone.setDone', {
      id: r.first("SELECT id FROM milestone WHERE status = 'open' LIMIT 1"),
      done: true,
      date: AS_OF
    }),
  'schedule.save': async (r) =>
    input('schedule.save', {
      target: { kind: 'task', id: r.first("SELECT id FROM task WHERE status <> 'done' LIMIT 1") },
      deadline: '2025-12-31',
      steps: [
        { title: '方案制定', workdays: 10 },
        { title: '组织实施', workdays: 30 }
      ],
      mode: 'append'
    }),
  'calendar.setDay': async () =>
    input('calendar.setDay', { date: '2027-01-01', kind: 'holiday', name: '元旦' }),
  'calendar.import': async (r) => {
    const path = join(r.dir, '2027年节假日.txt')
    writeFileSync(path, '2027-01-01 至 2027-01-03 休 元旦\n2027-02-06 班 春节调休\n')
    return input('calendar.import', {
      source: { ref: r.ctx.files.register(path, 'calendar-text', 'input').ref },
      years: [2027]
    })
  },
  'catalog.create': async () =>
    input('catalog.create', {
      category: 'upgrade',
      name: '夜间照明提升',
      standard: '主要巷道夜间照明全覆盖'
    }),
  'catalog.update': async (r) =>
    input('catalog.update', {
      id: r.first('SELECT id FROM governance_item LIMIT 1'),
      standard: '修订后的标准'
    }),
  'catalog.reorder': async (r) => {
    const ids = selectValue<number>(
      r.ctx.db,
      'SELECT id FROM governance_item WHERE deleted_at IS NULL ORDER BY sort_order'
    ).all()
    return input('catalog.reorder', { ids: [ids[1], ids[0], ...ids.slice(2)] })
  },
  'catalog.remove': async (r) =>
    input('catalog.remove', {
      id: r.first("SELECT id FROM governance_item WHERE category = 'upgrade' LIMIT 1")
    }),
  'catalog.restore': async (r) => {
    const id = r.first("SELECT id FROM governance_item WHERE category = 'upgrade' LIMIT 1")
    await r.call('catalog.remove', { id })
    return input('catalog.restore', { id })
  },
  'village.item.update': async (r) =>
    input('village.item.update', {
      id: r.first("SELECT id FROM village_item WHERE applicable = 1 AND status <> 'done' LIMIT 1"),
      deadline: '2025-12-31',
      asOf: AS_OF
    }),
  'village.item.bulkUpdate': async (r) => {
    const ids = selectValue<number>(
      r.ctx.db,
      'SELECT id FROM village_item WHERE applicable = 1 LIMIT 5'
    ).all()
    return input('village.item.bulkUpdate', { ids, deadline: '2025-12-31' })
  },
  'exchange.commit': async (r) => {
    const path = join(r.dir, '台账.xlsx')
    writeFileSync(path, await generatedLedger(12, ['市城市管理局', '市公安局']))
    const ref = r.ctx.files.register(path, 'ledger-xlsx', 'input').ref
    const preview = await r.call('exchange.preview', { file: ref, kind: 'tasks', asOf: AS_OF })
    return input('exchange.commit', {
      file: ref,
      kind: 'tasks',
      asOf: AS_OF,
      fingerprint: preview.fingerprint
    })
  },
  'briefing.export': async (r) =>
    input('briefing.export', {
      asOf: AS_OF,
      issueNo: 1,
      issuedOn: AS_OF,
      problems: '部分村资金缺口较大。',
      nextSteps: '倒排工期，加强督办。',
      target: r.ctx.files.register(join(r.dir, '简报.docx'), 'docx', 'output').ref
    }),
  'notice.issue': async (r) => {
    const request = { kind: 'supervision', selection: { mode: 'overdue' } } as const
    const plan = await r.call('notice.plan', { asOf: AS_OF, issuedOn: AS_OF, request })
    const folder = join(r.dir, '通知')
    mkdirSync(folder)
    return input('notice.issue', {
      asOf: AS_OF,
      issuedOn: AS_OF,
      request,
      keys: [plan.groups[0].key],
      folder: r.ctx.files.register(folder, 'notice-folder', 'folder').ref
    })
  },
  'notice.markReplied': async (r) => {
    const request = { kind: 'supervision', selection: { mode: 'overdue' } } as const
    const plan = await r.call('notice.plan', { asOf: AS_OF, issuedOn: AS_OF, request })
    const folder = join(r.dir, '通知')
    mkdirSync(folder)
    const issued = await r.call('notice.issue', {
      asOf: AS_OF,
      issuedOn: AS_OF,
      request,
      keys: [plan.groups[0].key],
      folder: r.ctx.files.register(folder, 'notice-folder', 'folder').ref
    })
    return input('notice.markReplied', {
      id: issued.notices[0].id,
      repliedOn: '2025-10-09',
      asOf: '2025-10-09'
    })
  },
  'pack.write': async (r) => {
    // The 清单 alone keeps the example quick; the 简报 and the notices audit through their own rows.
    const { options } = await r.call('pack.defaults', { asOf: AS_OF })
    return input('pack.write', {
      options: {
        ...options,
        briefing: { include: false },
        notices: { ...options.notices, include: false }
      },
      folder: r.ctx.files.register(r.dir, 'pack-folder', 'folder').ref
    })
  },
  'backup.create': async () => input('backup.create', {}),
  'backup.restore': async (r) => input('backup.restore', { name: (await r.call('backup.create', {})).name }),
  'backup.restoreFromFile': async (r) => {
    const backup = await r.call('backup.create', {})
    return input('backup.restoreFromFile', {
      ref: r.ctx.files.register(join(r.ctx.backupDir, backup.name), 'backup-db', 'input').ref
    })
  },
  'dataFile.open': async (r) => {
    const other = join(r.dir, 'other', '另一个数据文件.db')
    mkdirSync(join(r.dir, 'other'))
    await r.call('dataFile.saveAs', { ref: r.ctx.files.register(other, 'data-file', 'output').ref })
    return input('dataFile.open', {
      ref: r.ctx.files.register(join(r.dir, 'civdesk.db'), 'backup-db', 'input').ref
    })
  },
  'dataFile.saveAs': async (r) => {
    mkdirSync(join(r.dir, 'D'))
    return input('dataFile.saveAs', {
      ref: r.ctx.files.register(join(r.dir, 'D', '文明办数据.db'), 'data-file', 'output').ref
    })
  }
}

const mutations = methodNames.filter((m) => contract[m].kind === 'mutation')

describe('every change leaves a row in 操作日志', () => {
  it('has an example for each mutation in the contract', () => {
    expect(mutations.filter((m) => !(m in EXAMPLES))).toEqual([])
    expect(Object.keys(EXAMPLES).filter((m) => !mutations.includes(m as MethodName))).toEqual([])
  })

  let tick = 0
  beforeEach(() => {
    tick = 0
  })

  it.each(mutations)('%s writes an audit row', async (method) => {
    const dir = tempDir()
    let now = '2025-09-30T09:00:00+08:00'
    const ctx = await openApp({
      dataFile: join(dir, 'civdesk.db'),
      shell: 'cli',
      log: silentLogger,
      clock: { now: () => now },
      backupDir: join(dir, 'backups')
    })
    if (method !== 'sample.load') loadSampleCity(ctx, 1)
    const handlers: Handlers = createHandlers(ctx)
    const call = async <M extends MethodName>(m: M, value: MethodInput<M>): Promise<MethodResult<M>> => {
      const reply = await dispatch(handlers, m, value, silentLogger)
      if (!reply.ok) throw new Error(`${m}: ${reply.error.message}`)
      return reply.value as MethodResult<M>
    }
    const run: Run = { ctx, dir, call, first: (sql) => selectValue<number>(ctx.db, sql).one() }
    try {
      const example = await EXAMPLES[method](run)
      // A moment of its own, so the rows this call writes are the ones stamped with it.
      tick++
      now = `2025-09-30T10:00:${String(tick).padStart(2, '0')}+08:00`
      const reply = await dispatch(handlers, example.method, example.input, silentLogger)
      expect(reply, JSON.stringify(reply).slice(0, 300)).toMatchObject({ ok: true })
      const rows = select<{
        summary: string
      }>(ctx.db, 'SELECT entity, action, summary FROM audit_log WHERE at = ?').all(now)
      expect(rows.length, `${method} wrote no audit row`).toBeGreaterThan(0)
      for (const row of rows) expect(row.summary).toMatch(/[\u4e00-\u9fff]/)
    } finally {
      if (ctx.db.open) ctx.db.close()
    }
  })
})
