import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { fixedClock } from '../system/clock'
import { readFileId } from './file-identity'
import { migrate } from './migrate'
import { migrations } from './migrations'
import { openDatabase } from './open-database'
import { readSettings } from './settings-store'

const tempDir = useTempDir()
const clock = fixedClock('2025-09-30T09:00:00+08:00')

/** A data file as CivDesk 4 left it, with the given setting rows. */
function version4File(settings: Record<string, unknown>): string {
  const path = join(tempDir(), 'v4.db')
  const db = new Database(path)
  migrate(db, migrations.slice(0, 4))
  for (const [key, value] of Object.entries(settings))
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run(key, JSON.stringify(value))
  db.close()
  return path
}

async function upgrade(path: string) {
  const { db } = await openDatabase(path, { clock, backupDir: join(tempDir(), 'backups') })
  try {
    return { settings: readSettings(db), fileId: readFileId(db) }
  } finally {
    db.close()
  }
}

describe('migration 7: the office’s names and the file’s id', () => {
  it('a new data file has no office names and an id of its own', async () => {
    const a = await upgrade(join(tempDir(), 'new.db'))
    const b = await upgrade(join(tempDir(), 'other.db'))
    expect(a.settings).toMatchObject({
      officeName: '',
      officeShortName: '',
      supervisionPrefix: '',
      reminderPrefix: '',
      briefingName: '',
      briefingEditor: '',
      officeAsked: false
    })
    expect(a.fileId).toMatch(/^[0-9a-f]{12}$/)
    expect(b.fileId).not.toBe(a.fileId)
  })

  it('a file that never loaded the sample loses the sample’s names and keeps the clerk’s own', async () => {
    // Rows equal to an old default came from the defaults (the clerk never typed 示例市…).
    const { settings } = await upgrade(
      version4File({
        officeName: '示例市精神文明建设指导委员会办公室',
        officeShortName: '厦门市文明办',
        yellowWindow: 5
      })
    )
    expect(settings.officeName).toBe('')
    expect(settings.officeShortName).toBe('厦门市文明办')
    expect(settings.supervisionPrefix).toBe('')
    expect(settings.yellowWindow).toBe(5)
  })

  it('a file that loaded the sample keeps the sample city’s names it has shown until now', async () => {
    const { settings } = await upgrade(version4File({ sampleAsOf: '2025-09-30', contactPerson: '李四' }))
    expect(settings).toMatchObject({
      officeName: '示例市精神文明建设指导委员会办公室',
      officeShortName: '示例市文明办',
      supervisionPrefix: '示例文明办督',
      reminderPrefix: '示例文明办催',
      briefingName: '城中村现代化治理工作简报',
      contactPerson: '李四'
    })
  })
})
