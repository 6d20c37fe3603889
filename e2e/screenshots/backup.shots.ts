import { test } from '../harness/fixtures'
import { BackupPanel } from '../pages/backup-panel'

test('设置 → 备份与恢复 after a manual backup', async ({ page, sampleCity }) => {
  await sampleCity.open(page)
  const backups = new BackupPanel(page)
  await backups.open()
  await backups.backUpNow()
  await backups.row('手动备份').waitFor()
  await page.waitForTimeout(1500) // the success message fades before the picture
  await page.screenshot({ path: 'docs/screenshots/16-settings-backup.png' })
})
