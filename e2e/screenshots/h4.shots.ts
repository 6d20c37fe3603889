import ExcelJS from 'exceljs'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addSheet, workbookBytes } from '../../test/exchange-corpus'
import { csvRenamed } from '../../test/exchange-hostile-files'
import { runCli } from '../harness/cli'
import { expect, test } from '../harness/fixtures'
import { AppShell } from '../pages/app-shell'
import { ImportWizard } from '../pages/import-wizard'

const OUT = 'docs/screenshots'

/** A district's ledger with a non-standard task header and one unreadable date (as in import.spec.ts). */
function districtLedger(): Promise<Buffer> {
  return workbookBytes((wb) =>
    addSheet(
      wb,
      '东湖区',
      [
        ['东湖区2025年城中村整治任务清单'],
        ['序号', '整治内容', '牵头单位', '配合单位', '完成时限', '备注'],
        ['DH-1', '东湖区出租屋消防隐患清零行动', '东湖区人民政府', '市消防支队、市住建局', '10月31日前', ''],
        ['DH-2', '东湖区背街小巷白改黑', '东湖区城中村办', '市城管局', '2025年11月底', '区财政配套'],
        ['DH-3', '东湖区城中村垃圾分类示范', '东湖区人民政府', '市城管局', '年底左右', ''],
        ['DH-4', '东湖区违建拆除“回头看”', '东湖区人民政府', '市执法局', '2025/12/31', '']
      ],
      ['A1:F1']
    )
  )
}

test('the import wizard, step by step', async ({ page, sampleCity }) => {
  const path = join(sampleCity.dir, '东湖区整治清单.xlsx')
  writeFileSync(path, await districtLedger())
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await page.screenshot({ path: `${OUT}/40-import-choose.png` })

  const refused = join(sampleCity.dir, '其实是CSV.xlsx')
  writeFileSync(refused, csvRenamed())
  await wizard.chooseFile(refused)
  await expect(wizard.error).toBeVisible()
  await page.screenshot({ path: `${OUT}/41-import-refused.png` })

  await wizard.chooseFile(path)
  await expect(wizard.mappingProblem).toBeVisible()
  await page.screenshot({ path: `${OUT}/42-import-mapping-problem.png` })
  await wizard.mapColumn('B', '工作任务')
  await page.screenshot({ path: `${OUT}/43-import-mapping-corrected.png` })
  await wizard.toPreview.click()
  await expect(wizard.count('error')).toHaveText('1')
  await page.screenshot({ path: `${OUT}/44-import-preview-errors.png` })
  await wizard.deselectErrors.click()
  await wizard.showRows('新增')
  await page.screenshot({ path: `${OUT}/45-import-preview-new.png` })
  await wizard.commitButton.click()
  await expect(wizard.result).toBeVisible()
  await page.screenshot({ path: `${OUT}/46-import-done.png` })
  await wizard.seeTasks.click()
})

test('re-importing an edited export: changed rows field by field', async ({ page, sampleCity }) => {
  const exported = join(sampleCity.dir, '导出.xlsx')
  expect(
    runCli(['export', '--db', sampleCity.dataFile, '--out', exported, '--as-of', '2025-09-30']).status
  ).toBe(0)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(exported) as unknown as ExcelJS.Buffer)
  const sheet = workbook.getWorksheet('任务台账')!
  sheet.getCell('J20').value = '2025年12月底'
  sheet.getCell('K21').value = '已办结'
  sheet.getCell('L21').value = 100
  sheet.getCell('M21').value = new Date('2025-09-26T00:00:00Z')
  sheet.getCell('G22').value = `${sheet.getCell('G22').value}、市乡村振兴局`
  sheet.getCell('O23').value = '已完成全部点位整改，正在组织验收'
  sheet.getCell('P23').value = null
  const edited = join(sampleCity.dir, '改过的台账.xlsx')
  writeFileSync(edited, Buffer.from(await workbook.xlsx.writeBuffer()))

  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  const wizard = new ImportWizard(page)
  await wizard.open('tasks')
  await wizard.chooseFile(edited)
  await expect(wizard.mappingStep).toBeVisible()
  await page.screenshot({ path: `${OUT}/47-import-mapping-export.png` })
  await wizard.toPreview.click()
  await expect(wizard.count('changed')).toHaveText('4')
  await page.screenshot({ path: `${OUT}/48-import-preview-changes.png` })
})

test('export: the notification, and the workbook as LibreOffice renders it', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  await new AppShell(page).goTo('任务台账')
  await page.getByTestId('export-tasks').click()
  await expect(page.getByTestId('open-export')).toBeVisible()
  await page.screenshot({ path: `${OUT}/49-export-done.png` })

  // What the clerk sees on opening the file (first page of the workbook, printed by LibreOffice).
  const dir = sampleCity.dir
  const xlsx = join(dir, 'export.xlsx')
  runCli(['export', '--db', sampleCity.dataFile, '--out', xlsx, '--as-of', '2025-09-30'])
  const villages = join(dir, 'villages.xlsx')
  runCli([
    'export',
    '--db',
    sampleCity.dataFile,
    '--out',
    villages,
    '--what',
    'villages',
    '--as-of',
    '2025-09-30'
  ])
  const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`
  const pdf = spawnSync('soffice', [
    profile,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    xlsx,
    villages
  ])
  test.skip(pdf.status !== 0 || !existsSync(join(dir, 'export.pdf')), 'LibreOffice is not available')
  for (const [name, file] of [
    ['export', '49-export-tasks-xlsx'],
    ['villages', '49-export-villages-xlsx']
  ]) {
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '1',
      join(dir, `${name}.pdf`),
      join(dir, name)
    ])
    const png = [join(dir, `${name}-1.png`), join(dir, `${name}-01.png`)].find((p) => existsSync(p))
    if (png) renameSync(png, `${OUT}/${file}.png`)
  }
})
