import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../src/main/api/dispatch'
import { createHandlers, type Handlers } from '../src/main/api/handlers'
import { createAppContext, type AppContext } from '../src/main/app-context'
import { noPlatform, type Platform } from '../src/main/file/platform'
import { silentLogger } from '../src/main/system/logger'
import type {
  BriefingExportResult,
  BriefingPreview,
  NoticeIssueResult,
  NoticePlan
} from '../src/shared/contract'
import type { ChosenFile } from '../src/shared/file-purposes'
import { sampleCityContext } from './documents-fixture'
import { useSuiteTempDir } from './temp-dir'

const suiteDir = useSuiteTempDir()

/**
 * The 文档 page's calls through the one door (zod parse, handles, errors), with a platform whose dialogs
 * answer with paths in a temporary folder, as the web mode's do.
 */
describe('document methods through dispatch', () => {
  let ctx: AppContext
  let handlers: Handlers
  let dir: string
  const call = async <T>(method: string, payload: unknown): Promise<T> => {
    const reply = await dispatch(handlers, method, payload, silentLogger)
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`)
    return reply.value as T
  }

  beforeAll(() => {
    dir = suiteDir()
    const base = sampleCityContext()
    let folders = 0
    const platform: Platform = {
      ...noPlatform,
      chooseOpenFile: async () => null,
      chooseSaveFile: async (_purpose, name) => join(dir, name),
      chooseFolder: async () => {
        const folder = join(dir, `folder-${++folders}`)
        mkdirSync(folder)
        return folder
      },
      openFile: async () => undefined,
      showInFolder: () => undefined
    }
    ctx = createAppContext({ ...base, db: base.db, platform })
    handlers = createHandlers(ctx)
  })

  it('exports a briefing to the chosen file and hands back a download handle for it', async () => {
    const preview = await call<BriefingPreview>('briefing.preview', { asOf: '2025-09-30' })
    const target = await call<ChosenFile>('file.chooseSave', {
      purpose: 'docx',
      defaultName: '简报第1期.docx'
    })
    const result = await call<BriefingExportResult>('briefing.export', {
      asOf: '2025-09-30',
      issueNo: preview.issueNo,
      issuedOn: '2025-09-30',
      problems: preview.problems,
      nextSteps: '（一）加快推进。',
      target: target.ref
    })
    expect(result.issue).toMatchObject({ year: 2025, issueNo: 1, asOf: '2025-09-30' })
    expect(ctx.files.resolveAny(result.file.ref)).toEqual({
      path: join(dir, '简报第1期.docx'),
      kind: 'output'
    })
    expect(await call('briefing.list', {})).toHaveLength(1)
  })

  it('refuses bad input in Chinese before anything is written', async () => {
    const reply = await dispatch(
      handlers,
      'briefing.export',
      {
        asOf: '2025-02-30',
        issueNo: 0,
        issuedOn: '2025-09-30',
        problems: 'x'.repeat(8001),
        nextSteps: '',
        target: 'f_0'
      },
      silentLogger
    )
    expect(reply.ok).toBe(false)
    if (reply.ok) return
    expect(reply.error.code).toBe('invalid-input')
    expect(reply.error.message).toMatch(/统计截止日期“2025-02-30”不是有效日期/)
    expect(reply.error.message).toMatch(/期号应为1到999之间的整数/)
    expect(reply.error.message).toMatch(/存在问题不能超过8000个字/)
    const both = await dispatch(handlers, 'notice.exportRegister', { asOf: '2025-09-30' }, silentLogger)
    expect(both.ok ? '' : both.error.message).toMatch(/请选择保存位置/)
  })

  it('issues notices in chunks into the chosen folder, each file downloadable, then the register', async () => {
    const request = { kind: 'supervision', selection: { mode: 'overdue' } }
    const plan = await call<NoticePlan>('notice.plan', {
      asOf: '2025-09-26',
      issuedOn: '2025-09-26',
      request
    })
    const folder = await call<ChosenFile>('file.chooseFolder', { purpose: 'notice-folder' })
    const keys = plan.groups.map((g) => g.key)
    const first = await call<NoticeIssueResult>('notice.issue', {
      asOf: '2025-09-26',
      issuedOn: '2025-09-26',
      request,
      keys: keys.slice(0, 3),
      folder: folder.ref
    })
    const rest = await call<NoticeIssueResult>('notice.issue', {
      asOf: '2025-09-26',
      issuedOn: '2025-09-26',
      request,
      keys: keys.slice(3),
      folder: folder.ref
    })
    const files = [...first.files, ...rest.files]
    expect(files.map((f) => f.name)).toEqual(
      [...first.notices, ...rest.notices].map((n) => `${n.number}-${n.unit}.docx`)
    )
    for (const f of files) {
      const { path, kind } = ctx.files.resolveAny(f.ref)
      expect(kind).toBe('output')
      expect(existsSync(path)).toBe(true)
    }
    const register = await call<ChosenFile>('notice.exportRegister', {
      asOf: '2025-09-26',
      year: 2025,
      folder: folder.ref
    })
    expect(register.name).toBe('发文登记表（2025年）.xlsx')
    expect(ctx.files.resolveAny(register.ref).kind).toBe('output')
    // A key already issued is no longer in the plan: refused, nothing issued twice.
    const again = await dispatch(
      handlers,
      'notice.issue',
      {
        asOf: '2025-09-26',
        issuedOn: '2025-09-26',
        request: { kind: 'reminder' },
        keys: ['unit:1'],
        folder: folder.ref
      },
      silentLogger
    )
    expect(again.ok ? '' : again.error.message).toMatch(/请刷新后重试/)
  })

  it('will not write notices through a handle issued for something else', async () => {
    const docx = await call<ChosenFile>('file.chooseSave', { purpose: 'docx', defaultName: 'x.docx' })
    const reply = await dispatch(
      handlers,
      'notice.issue',
      {
        asOf: '2025-09-30',
        issuedOn: '2025-09-30',
        request: { kind: 'supervision', selection: { mode: 'overdue' } },
        keys: ['unit:2'],
        folder: docx.ref
      },
      silentLogger
    )
    expect(reply.ok ? '' : reply.error.message).toMatch(/所选文件已失效/)
  })
})
