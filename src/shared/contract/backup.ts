import { z } from 'zod'
import type { BackupEntry } from '../backups'
import { mutation, query } from './define'
import { fileRef } from './file'

const backupName = z
  .string()
  .regex(/^civdesk-(?:[0-9a-f]{12}-)?\d{8}-\d{6}-[a-z-]+\.db$/, { message: '备份文件名无效' })

export const backupContract = {
  /** 设置 → 备份与恢复: this data file's backups (and those of unknown origin), newest first. */
  'backup.list': query<{ dir: string; backups: BackupEntry[] }>()(z.object({}).strict()),
  'backup.create': mutation<BackupEntry>()(z.object({}).strict()),
  /** Restores one of the listed backups, after saving an undo copy of the current data. */
  'backup.restore': mutation<{ undo: BackupEntry }>()(z.object({ name: backupName }).strict()),
  /**
   * Restores a backup the clerk picked anywhere on disk (purpose 'backup-db'). A backup of another data
   * file is refused ('backup-foreign', naming both files) unless confirmForeign says the clerk agreed.
   */
  'backup.restoreFromFile': mutation<{ undo: BackupEntry }>()(
    z.object({ ref: fileRef, confirmForeign: z.boolean().optional() }).strict()
  )
}
