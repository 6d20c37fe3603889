/// <reference lib="dom" />
/**
 * `npm run bench:ui`: how fast the pages paint and the filters answer on a big city, measured in
 * Chromium through the web mode on `demo --scale 10` (about 1,080 villages × 16 items, 600 tasks).
 * Targets: a page paints in about a second, a filter answers in well under 100 ms. It measures and
 * prints; it never fails a build.
 *
 * Needs a built renderer (`npm run build`, or CIVDESK_RENDERER_DIR=…) and Chromium (CIVDESK_CHROMIUM).
 * BENCH_DB=path reuses a data file made by `demo --scale 10` instead of making a fresh one.
 */
import { chromium, type ElementHandle, type Page } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumLaunchOptions } from '../e2e/harness/browser'
import { runCli } from '../e2e/harness/cli'
import { startWebMode } from '../e2e/harness/web-mode'
import { AppShell, type NavLabel } from '../e2e/pages/app-shell'
import { DashboardPage } from '../e2e/pages/dashboard-page'
import { TaskLedgerPage } from '../e2e/pages/task-ledger-page'
import { VillageMatrixPage } from '../e2e/pages/village-matrix-page'
import { WallChartPage } from '../e2e/pages/wall-chart-page'

const SCALE = 10
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const AS_OF = '2025-09-30'

interface Row {
  what: string
  samples: number[]
  target: string
}

const rows: Row[] = []

function record(what: string, samples: number[], target: string): void {
  rows.push({ what, samples, target })
  const s = stats(samples)
  process.stdout.write(`  ${what}: 中位数 ${s.median} ms（${samples.map(Math.round).join(', ')}）\n`)
}

function stats(samples: number[]): { median: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    median: Math.round(sorted[Math.floor(sorted.length / 2)]),
    min: Math.round(sorted[0]),
    max: Math.round(sorted[sorted.length - 1])
  }
}

/** Wall time of a step driven from outside (a click, then a locator that says the page is drawn). */
async function timed(step: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await step()
  return performance.now() - start
}

/**
 * A filter's answer measured inside the page, so Playwright's round trips are not counted: the trigger
 * fires, then the clock stops once the frame showing the answer element's new text is painted.
 */
async function inPageResponse(
  page: Page,
  trigger: ElementHandle,
  answer: ElementHandle,
  action: { kind: 'click' } | { kind: 'type'; text: string }
): Promise<number> {
  return page.evaluate(
    async ({ trigger, answer, action }) => {
      const before = answer.textContent
      // The answer's text changing, seen the moment it happens (a MutationObserver, not polling).
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (answer.textContent === before) return
          observer.disconnect()
          resolve()
        })
        observer.observe(answer, { childList: true, characterData: true, subtree: true })
      })
      const start = performance.now()
      if (action.kind === 'click') (trigger as HTMLElement).click()
      else {
        const input = trigger as HTMLInputElement
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
        setValue.call(input, action.text)
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }
      await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 10_000))])
      // Then the frame that shows it: rAF runs just before that frame is painted, the task after it
      // runs once the paint is done. (No named helpers in here: tsx would wrap them in a __name().)
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - start
    },
    { trigger, answer, action }
  )
}

/** Server time plus transfer of the calls the pages make, measured with the page's own fetch. */
async function apiTimes(page: Page): Promise<void> {
  const calls: [string, unknown][] = [
    ['ledger.summary', { asOf: AS_OF }],
    ['chart.dashboard', { asOf: AS_OF }],
    ['task.list', { asOf: AS_OF }],
    ['village.matrix', { asOf: AS_OF }],
    ['area.tree', { asOf: AS_OF }],
    ['chart.wall', { asOf: AS_OF, mode: 'tasks' }],
    ['chart.wall', { asOf: AS_OF, mode: 'villages' }]
  ]
  for (const [method, input] of calls) {
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) {
      samples.push(
        await page.evaluate(
          async ({ method, input }) => {
            const token = sessionStorage.getItem('civdesk-token') ?? ''
            const start = performance.now()
            const response = await fetch(`/api/${method}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-CivDesk-Token': token },
              body: JSON.stringify(input)
            })
            await response.json()
            return performance.now() - start
          },
          { method, input }
        )
      )
    }
    const label =
      method === 'chart.wall'
        ? `${method}（${(input as { mode: string }).mode === 'tasks' ? '按任务' : '按村'}）`
        : method
    record(`接口 ${label}`, samples, '—')
  }
}

async function main(): Promise<void> {
  const renderer = process.env.CIVDESK_RENDERER_DIR ?? join(__dirname, '..', 'out', 'renderer')
  if (!existsSync(join(renderer, 'index.html'))) {
    throw new Error(
      `找不到界面文件 ${renderer}/index.html：请先运行 npm run build（或设置 CIVDESK_RENDERER_DIR）`
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'civdesk-bench-ui-'))
  const dataFile = process.env.BENCH_DB ?? join(dir, `示例市x${SCALE}.db`)
  try {
    if (!process.env.BENCH_DB) {
      process.stdout.write(`正在生成示例数据（demo --scale ${SCALE}）…\n`)
      const made = runCli(['demo', '--db', dataFile, '--scale', String(SCALE)])
      if (made.status !== 0) throw new Error(`demo 失败：${made.stderr}`)
      process.stdout.write(made.stdout)
    }
    const web = await startWebMode(dataFile)
    const browser = await chromium.launch(chromiumLaunchOptions())
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
      const shell = new AppShell(page)
      const dashboard = new DashboardPage(page)
      const ledger = new TaskLedgerPage(page)
      const matrix = new VillageMatrixPage(page)
      const wall = new WallChartPage(page)
      const dashboardReady = async () => {
        await dashboard.districtChart.waitFor()
        await dashboard.dueList.locator('tbody tr.ant-table-row').first().waitFor()
      }
      const ready: Record<
        Exclude<NavLabel, '总览' | '填报' | '测评' | '文档' | '设置'>,
        () => Promise<void>
      > = {
        任务台账: () => ledger.grid.locator('.ag-row').first().waitFor(),
        治理事项: async () => {
          await matrix.grid.locator('.ag-row .ag-cell[col-id="item-0"]').first().waitFor()
          await matrix.areaTree.node('全市').waitFor()
        },
        进度计划: () => wall.chart.locator('canvas').first().waitFor()
      }

      process.stdout.write('\n打开应用（载入页面并画出总览）…\n')
      const opening: number[] = []
      for (let i = 0; i < RUNS; i++)
        opening.push(await timed(async () => (await page.goto(web.url), await dashboardReady())))
      record('打开应用并画出总览（冷启动）', opening, '约1000 ms')
      // Of which: the page and its script (about 7 MB, not minified) loaded and run, before any data.
      const scripts: number[] = []
      for (let i = 0; i < RUNS; i++) {
        await page.goto(web.url)
        scripts.push(
          await page.evaluate(() => {
            const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
            return nav.domContentLoadedEventEnd - nav.startTime
          })
        )
      }
      record('  其中：载入并运行界面脚本', scripts, '—')

      process.stdout.write('\n各页面首次绘制（刷新后从导航进入，数据未缓存）…\n')
      for (const label of ['任务台账', '治理事项', '进度计划'] as const) {
        const samples: number[] = []
        for (let i = 0; i < RUNS; i++) {
          await page.goto(web.url)
          await dashboardReady()
          samples.push(
            await timed(async () => {
              await shell.nav.getByRole('menuitem', { name: label }).click()
              await ready[label]()
            })
          )
        }
        record(`${label} 首次绘制`, samples, '约1000 ms')
      }

      process.stdout.write('\n筛选响应（在页面内计时：触发到画出结果）…\n')
      await page.goto(web.url)
      await dashboardReady()
      await matrix.open()
      const districts = await matrix.areaTree.childrenOf('全市')
      const counter = (await matrix.shownCount.elementHandle())!
      const areaSamples: number[] = []
      for (let i = 0; i < RUNS * 2; i++) {
        const name = i % 2 === 0 ? districts[i % districts.length] : '全市'
        const node = (await matrix.areaTree.node(name).elementHandle())!
        areaSamples.push(await inPageResponse(page, node, counter, { kind: 'click' }))
      }
      record('治理事项矩阵 区域筛选（点击区域树）', areaSamples, '远低于100 ms')

      const search = (await matrix.search.elementHandle())!
      const searchSamples: number[] = []
      const villages = await matrix.villageNames()
      for (let i = 0; i < RUNS * 2; i++) {
        const text = i % 2 === 0 ? villages[i % villages.length].slice(0, 2) : ''
        searchSamples.push(await inPageResponse(page, search, counter, { kind: 'type', text }))
      }
      record('治理事项矩阵 查找村（输入）', searchSamples, '远低于100 ms')

      await shell.goTo('任务台账')
      await ready['任务台账']()
      const ledgerSearch = (await ledger.search.elementHandle())!
      const ledgerCount = (await ledger.rowCount.elementHandle())!
      const ledgerSamples: number[] = []
      for (let i = 0; i < RUNS * 2; i++) {
        const text = i % 2 === 0 ? ['消防', '燃气', '垃圾', '道路', '出租屋'][i % 5] : ''
        ledgerSamples.push(await inPageResponse(page, ledgerSearch, ledgerCount, { kind: 'type', text }))
      }
      record('任务台账 快速搜索（输入）', ledgerSamples, '远低于100 ms')

      process.stdout.write('\n接口耗时（页面内 fetch，含传输与解析）…\n')
      await apiTimes(page)
    } finally {
      await browser.close()
      await web.stop()
    }
    printTable()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Columns as a terminal draws them: a Chinese character takes two cells. */
function cells(text: string): number {
  return [...text].reduce((n, ch) => n + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0)
}

function printTable(): void {
  const width = Math.max(...rows.map((r) => cells(r.what))) + 2
  const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - cells(text)))
  process.stdout.write(`\n示例市 ×${SCALE}（约1080个城中村 × 16项、600项任务），每项${RUNS}次以上：\n\n`)
  process.stdout.write(`${pad('项目', width)}  中位数    最小    最大   目标\n`)
  for (const row of rows) {
    const s = stats(row.samples)
    process.stdout.write(
      `${pad(row.what, width)}  ${String(s.median).padStart(5)} ms ${String(s.min).padStart(5)} ${String(s.max).padStart(6)}   ${row.target}\n`
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
