import type { Page } from '@playwright/test'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Workspace } from './harness/fixtures'
import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { AppShell } from './pages/app-shell'
import { DocumentsPage } from './pages/documents-page'
import { RoundsPage } from './pages/rounds-page'
import { TaskLedgerPage } from './pages/task-ledger-page'
import { fillReturn, resaveInLibreOffice, unzipWorkbooks } from './units/unit-returns'
import { chooseFilesThrough } from './harness/file-chooser'

const ROUND = '2025年9月进展填报'
const EARLIER = '2025年8月进展填报'
const FILLED = { 本期进展: '第{i}项已完成方案编制，正在施工', 状态: '推进中', 完成百分比: 60, 填报人: '王五' }

/**
 * A reporting round on the sample city (issue 15): open it, write each unit its 填报表, take back a folder
 * of returns (a renamed file, a LibreOffice re-save, an edited read-only cell, a file of another round and
 * a second version from one unit), accept some, send one back with a reason, take a late one, chase the
 * missing, and read each state on the board and on 总览. `shot` is called at each screen worth a look.
 */
export async function reportingRound(
  page: Page,
  city: Workspace,
  shot: (name: string) => Promise<void>
): Promise<void> {
  await city.open(page)
  const shell = new AppShell(page)
  await shell.goTo('填报')
  const rounds = new RoundsPage(page)
  await expect(rounds.empty).toContainText('尚未发起填报')
  await shot('empty')

  // An earlier round, so that one of its workbooks can come back by mistake.
  await rounds.startRound()
  await rounds.fillRound({ title: EARLIER, kinds: ['重点任务'] })
  await rounds.confirmRound()
  await rounds.openTab('生成填报表')
  await rounds.writeFiles()
  const earlier = await unzipWorkbooks(
    await (await rounds.download(/\.zip/)).path(),
    join(city.dir, 'earlier')
  )

  // This month's round: the tasks' lead units, 5 working days (the National Day holiday is skipped).
  await rounds.startRound()
  await rounds.fillRound({ title: ROUND, workdays: 5, kinds: ['重点任务'] })
  await expect(rounds.reach).toContainText(/将向 \d+ 个单位发放填报表/)
  const units = Number(/将向 (\d+) 个单位/.exec((await rounds.reach.textContent()) ?? '')![1])
  expect(units).toBeGreaterThanOrEqual(6)
  await shot('open-dialog')
  await rounds.confirmRound()
  await expect(rounds.workspace.getByTestId('round-title')).toHaveText(ROUND)
  await expect(rounds.workspace).toContainText('报送截止2025年10月14日')

  await rounds.openTab('生成填报表')
  await rounds.writeFiles()
  await expect(rounds.writtenFiles).toContainText(`已生成 ${units} 份填报表`)
  await expect(rounds.writtenFiles).toContainText(`关于报送${ROUND}的通知.docx`)
  await shot('files')
  const books = await unzipWorkbooks(await (await rounds.download(/\.zip/)).path(), join(city.dir, 'sent'))
  expect(books.size).toBe(units)
  const [renamed, resaved, tampered, onTime, late] = [...books.keys()]
  const other = [...earlier.keys()].find((u) => u !== renamed)!

  // The units answer. One renames its file and sends a second version; one re-saves in LibreOffice; one
  // edits its item's title; one sends last month's workbook.
  const inbox = join(city.dir, '收到的填报表')
  const work = join(city.dir, 'work')
  mkdirSync(inbox)
  mkdirSync(work)
  fillReturn(books.get(renamed)!, join(inbox, `回复-${renamed}.xlsx`), { rows: 1, values: FILLED })
  fillReturn(books.get(resaved)!, join(work, `${ROUND}-${resaved}.xlsx`), {
    values: { ...FILLED, 亮点做法: '第{i}项推行“一村一策”，问题清单逐村销号' }
  })
  resaveInLibreOffice(join(work, `${ROUND}-${resaved}.xlsx`), join(inbox, `${ROUND}-${resaved}.xlsx`))
  // Saved after the LibreOffice run, so seconds later than the first: the later version stands.
  fillReturn(books.get(renamed)!, join(inbox, `${renamed}（修改后）.xlsx`), {
    values: { ...FILLED, 完成百分比: 70 }
  })
  fillReturn(books.get(tampered)!, join(inbox, `${ROUND}-${tampered}.xlsx`), {
    values: FILLED,
    edit: { header: '事项', value: '（单位改过的事项名称）' }
  })
  fillReturn(books.get(onTime)!, join(inbox, `${ROUND}-${onTime}.xlsx`), { values: FILLED })
  copyFileSync(earlier.get(other)!, join(inbox, `${EARLIER}-${other}.xlsx`))

  await rounds.openTab('收取与审核')
  await rounds.collectFolder(inbox)
  await expect(rounds.collectedFiles).toHaveCount(6)
  await expect(rounds.collectedFile(`${EARLIER}-${other}`)).toContainText('其他轮次的填报表')
  await expect(rounds.collectedFile(`${ROUND}-${tampered}`)).toContainText('有问题')
  await expect(rounds.collectedFile(`${ROUND}-${resaved}`)).toContainText('可采纳')
  await expect(rounds.collectedFile(`回复-${renamed}`)).toContainText('重复报送（以另一份为准）')
  await expect(rounds.collectedFile(`回复-${renamed}`)).toContainText(renamed)

  // The edited title is found where it is: sheet, row and column.
  await rounds.showFile(`${ROUND}-${tampered}`)
  await expect(rounds.reviewProblems).toContainText(/工作表“.+”第\d+行[A-Z]+列/)
  await shot('review-problems')

  // 采纳: the LibreOffice re-save whole; of the renamed unit's later version, one item.
  await rounds.showFile(`${ROUND}-${resaved}`)
  await expect(rounds.reviewRows.first()).toContainText('→')
  await shot('review')
  const acceptedCode = (await rounds.reviewRows.first().locator('[col-id="code"]').textContent())!.trim()
  await rounds.acceptAll.click()
  await expect(rounds.collectedFile(`${ROUND}-${resaved}`)).toContainText('已采纳')

  await rounds.showFile(`${renamed}（修改后）`)
  await expect(rounds.review.getByTestId('review-duplicate')).toContainText('以此份为准')
  await rounds.tickRow(0)
  await expect(rounds.acceptChosen).toContainText('采纳所选（1项）')
  await rounds.acceptChosen.click()
  await expect(rounds.collectedFile(`${renamed}（修改后）`)).toContainText('已采纳')

  // 退回 with a reason; the 退回说明 is written.
  await rounds.showFile(`${ROUND}-${tampered}`)
  await rounds.sendBack('事项名称不得修改，请在原表中填写后重新报送。')
  await expect(rounds.collect.getByTestId('written-files')).toContainText(`已退回 ${tampered}`)

  // After the due date: one more unit reports, late; the rest are chased.
  await shell.setAsOf('2025-10-20')
  fillReturn(books.get(late)!, join(work, `${late}.xlsx`), { values: FILLED })
  await chooseFilesThrough(page, rounds.collect.getByTestId('collect-files'), join(work, `${late}.xlsx`))
  await expect(rounds.collectedFile(`${late}.xlsx`)).toContainText('可采纳')

  await rounds.openTab('报送情况')
  await expect(rounds.count('accepted')).toHaveText('2')
  await expect(rounds.count('returned')).toHaveText('1')
  await expect(rounds.count('reported')).toHaveText('1')
  await expect(rounds.count('late')).toHaveText('1')
  await expect(rounds.count('missing')).toHaveText(String(units - 5))
  await expect(rounds.boardRow(resaved)).toContainText('已采纳')
  await expect(rounds.boardRow(tampered)).toContainText('已退回')
  await expect(rounds.boardRow(onTime)).toContainText('已报')
  await expect(rounds.boardRow(late)).toContainText('逾期报送')
  // 按时报送率: the four units that reported by 14 October, of all asked.
  await expect(rounds.onTimeRate).toHaveText(`${((4 / units) * 100).toFixed(1)}%`)
  await rounds.remindMissing.click()
  await expect(rounds.board.getByTestId('written-files')).toContainText(`已生成催报通知 ${units - 5} 份`)
  await shot('board')

  // The late unit's return, received but not reviewed, is sent back from the board: no file to reopen,
  // a reason for the whole and one for its first item; the 退回说明 lists both.
  const lateRow = rounds.boardRow(late)
  await expect(lateRow.getByRole('button', { name: `退回${late}的报送` })).toBeVisible()
  await expect(rounds.boardRow(resaved).getByRole('button', { name: /^退回/ })).toHaveCount(0)
  const lateItem = await rounds.sendBackFromBoard(
    late,
    '请补充佐证材料说明后重新报送。',
    '完成百分比与进展不符'
  )
  await expect(lateRow).toContainText('已退回')
  await expect(rounds.count('returned')).toHaveText('2')
  await expect(rounds.count('late')).toHaveText('0')
  const note = rounds.board.getByTestId('written-files').filter({ hasText: `已退回 ${late}` })
  const [noteDownload] = await Promise.all([
    page.waitForEvent('download'),
    note.getByRole('button', { name: '下载' }).click()
  ])
  const noteXml = await (
    await JSZip.loadAsync(readFileSync(await noteDownload.path()))
  )
    .file('word/document.xml')!
    .async('string')
  const noteText = noteXml.replace(/<[^>]+>/g, '')
  expect(noteText).toContain('请补充佐证材料说明后重新报送。')
  expect(noteText).toContain('完成百分比与进展不符')
  expect(noteText).toContain(lateItem)
  await shot('board-sent-back')

  await rounds.openTab('收取记录')
  await expect(rounds.history).toContainText('已退回')
  await expect(rounds.history).toContainText('事项名称不得修改')
  await shot('history')

  // 总览 shows where the round stands.
  await shell.goTo('总览')
  const card = page.getByTestId('round-status-card')
  await expect(card).toContainText(ROUND)
  await expect(card.getByTestId('card-count-accepted').locator('.ant-statistic-content-value')).toHaveText(
    '2'
  )
  await shot('dashboard-card')

  // The ledger's history says where the accepted progress came from.
  await shell.goTo('任务台账')
  const ledger = new TaskLedgerPage(page)
  await ledger.openDetail(acceptedCode)
  await expect(ledger.detail.getByTestId('progress-from-round').first()).toHaveText(
    `来自填报：${ROUND}（${resaved}报送）`
  )
  await shot('ledger-history')
  await page.keyboard.press('Escape')
  await ledger.detail.waitFor({ state: 'hidden' })

  // The 简报 of the round's date: the 报送情况 on by default, the accepted 亮点做法 to pick for 工作亮点.
  await shell.setAsOf('2025-09-30')
  await shell.goTo('文档')
  const docs = new DocumentsPage(page)
  const roundCard = docs.briefing.getByTestId('briefing-round')
  await expect(roundCard).toContainText(`报送情况：${ROUND}共请${units}个单位报送`)
  await expect(roundCard.getByRole('switch', { name: '写入报送情况' })).toBeChecked()
  const practice = roundCard.getByRole('checkbox', { name: /第1项推行“一村一策”/ })
  await practice.check()
  await expect(docs.briefing.locator('.briefing-outline')).toContainText('五、工作亮点')
  await expect(docs.briefing.getByLabel('六、存在问题')).toBeVisible()
  await roundCard.getByRole('switch', { name: '写入报送情况' }).click()
  await shot('briefing-round')
  await docs.generateBriefing.click()
  const name = '城中村现代化治理工作简报第1期.docx'
  await expect(docs.writtenFiles).toContainText(name)
  const [download] = await Promise.all([page.waitForEvent('download'), docs.downloadLink(name).click()])
  const zip = await JSZip.loadAsync(readFileSync(await download.path()))
  const xml = await zip.file('word/document.xml')!.async('string')
  expect(xml).toContain('五、工作亮点')
  expect(xml).toContain('第1项推行“一村一策”，问题清单逐村销号')
  expect(xml).not.toContain('报送情况：')
}
