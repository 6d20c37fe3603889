import { expect, test } from './harness/fixtures'
import { BackupPanel } from './pages/backup-panel'
import { SettingsPage } from './pages/settings-page'

test('a clerk backs up, changes a setting, restores the backup and gets the old value back', async ({
  page,
  sampleCity
}) => {
  await sampleCity.open(page)
  const backups = new BackupPanel(page)
  await backups.open()
  await expect(backups.panel.getByTestId('data-file-path')).toContainText('示例市.db')
  await backups.backUpNow()
  const manual = backups.row('手动备份')
  await expect(manual).toHaveCount(1)
  await expect(manual).toContainText(/\d+(\.\d)? (KB|MB)/)

  // A change made after the backup…
  const settings = new SettingsPage(page)
  await settings.open('单位与公文')
  const form = page.getByRole('form', { name: '单位与公文' })
  const before = await form.getByLabel('联系人').inputValue()
  await form.getByLabel('联系人').fill('王小明')
  await form.getByLabel('联系人').press('Enter')
  await expect(page.getByText('已保存：联系人')).toBeVisible()

  // …is undone by restoring it, and the data as it was just before is kept as an undo copy.
  await backups.open()
  await backups.restore(backups.row('手动备份'))
  await expect(page.getByText(/^已恢复。恢复前的数据已保存为/)).toBeVisible()
  await expect(backups.row('恢复备份前（撤销副本）')).toHaveCount(1)

  await settings.open('单位与公文')
  await expect(form.getByLabel('联系人')).toHaveValue(before)
})
