import { z } from 'zod'
import type { BackupEntry } from '../backups'
import { mutation, query } from './define'
import { fileRef } from './file'

const backupName = z.string().regex(/^civdesk-\d{8}-\d{6}-[a-z-]+\.db$/, { message: '备份文件名无效' })

export const backupContract = {
  /** 设置 → 备份与恢复: the backups, newest first, with their reason and size. */
  'backup.list': query<{ dir: string; backups: BackupEntry[] }>()(z.object({}).strict()),
  'backup.create': mutation<BackupEntry>()(z.object({}).strict()),
  /** Restores one of the listed backups, after saving an undo copy of the current data. */
  'backup.restore': mutation<{ undo: BackupEntry }>()(z.object({ name: backupName }).strict()),
  /** Restores a backup the clerk picked anywhere on disk (purpose 'backup-db'). */
  'backup.restoreFromFile': mutation<{ undo: BackupEntry }>()(z.object({ ref: fileRef }).strict())
}
