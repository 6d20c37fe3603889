import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { MeetingPackDialog } from './pages/meeting-pack-dialog'

const OUT = 'docs/screenshots'

for (const viewport of [
  { width: 1600, height: 960 },
  { width: 1366, height: 768 }
]) {
  test(`a clerk makes the meeting pack of the sample city in one go at ${viewport.width}×${viewport.height}`, async ({
    page,
    sampleCity
  }) => {
    test.slow()
    await page.setViewportSize(viewport)
    const shot = (name: string) => page.screenshot({ path: `${OUT}/70-pack-${name}-${viewport.width}.png` })
    await sampleCity.open(page)
    await new AppShell(page).goTo('文档')
    const pack = new MeetingPackDialog(page)
    await pack.open()

    // Every part applies on 2025-09-30: the 简报 is 第1期, the overdue units get 督办通知.
    await expect(pack.part('工作简报')).toBeChecked()
    await expect(pack.part('督办通知')).toBeChecked()
    await expect(pack.part('逾期及临期事项清单')).toBeChecked()
    await expect(pack.issueNo).toHaveValue('1')
    // The sample city has no reporting round and no 测评 yet: those parts stay greyed, saying why.
    await expect(pack.part('报送情况')).toBeDisabled()
    await expect(pack.part('测评通报')).toBeDisabled()
    await expect(pack.parts).toContainText('还没有填报轮次')
    await expect(pack.parts).toContainText('还没有测评结果')
    await expect(pack.parts).toContainText(/督办\d+个单位/)
    await pack.title.fill('第三季度领导小组会议')
    await shot('dialog')

    // Cancelling halfway is test/meeting-pack-halfway.test.ts: the sample city's pack takes about a second.
    await pack.write.click()
    await expect(pack.progress).toContainText(
      /正在生成：(读取数据|工作简报|督办通知|逾期及临期事项清单|报送情况|测评通报|材料目录|压缩包|登记)/
    )
    await shot('writing')
    await expect(pack.done).toContainText('已生成“2025-09-30 第三季度领导小组会议”', { timeout: 60_000 })
    await shot('done')

    const [download] = await Promise.all([page.waitForEvent('download'), pack.downloadZip.click()])
    expect(download.suggestedFilename()).toBe('2025-09-30 第三季度领导小组会议.zip')
    const zip = await JSZip.loadAsync(readFileSync(await download.path()))
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
    const folder = '2025-09-30 第三季度领导小组会议/'
    expect(names).toEqual(
      expect.arrayContaining([
        `${folder}00 材料目录.docx`,
        `${folder}01 工作简报（第1期）.docx`,
        `${folder}02 督办通知/发文登记表（2025年）.xlsx`,
        `${folder}03 逾期及临期事项清单.xlsx`
      ])
    )
    expect(names.filter((n) => /02 督办通知\/.+〔2025〕\d+号-.+\.docx$/.test(n)).length).toBeGreaterThan(5)

    // Next time the dialog starts from this pack's choices, with the next 期号.
    await pack.close()
    await pack.open()
    await expect(pack.title).toHaveValue('第三季度领导小组会议')
    await expect(pack.issueNo).toHaveValue('2')
  })
}
