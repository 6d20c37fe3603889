/** Why a backup was taken, in the clerk's words (设置 → 备份与恢复). */
export const BACKUP_REASON_LABEL = {
  daily: '每日自动备份',
  migration: '升级数据版本前',
  import: '导入台账前',
  restore: '恢复备份前（撤销副本）',
  'bulk-change': '批量修改前',
  'open-other': '打开其他数据文件前',
  manual: '手动备份'
} as const

export type BackupReason = keyof typeof BACKUP_REASON_LABEL

export interface BackupEntry {
  /** The file name inside the backup folder; also the handle the page uses to restore it. */
  name: string
  /** Local time it was taken, 'YYYY-MM-DDTHH:mm:ss'. */
  takenAt: string
  reason: BackupReason
  bytes: number
  /**
   * The id of the data file it was taken of (from its name); null for a backup taken before backups
   * named their file: shown as 来源未知 and never pruned automatically.
   */
  fileId: string | null
  /** The data file's path when the backup was taken (from its note), for display; null when unknown. */
  dataFile: string | null
}

/** What 备份与恢复 shows for a backup whose data file is not known. */
export const UNKNOWN_SOURCE_LABEL = '来源未知'
