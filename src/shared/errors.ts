/**
 * Errors a clerk should read: a code the UI can act on and a Chinese message naming what and where.
 * They cross the IPC/HTTP boundary intact; any other error is logged and shown as a generic failure.
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'file-busy',
  'file-refused',
  /** A document needs one of the office's names (设置 → 单位与公文) that is still empty. */
  'office-missing',
  /** The data file is damaged; details name its sound backups. */
  'db-damaged',
  /** A backup of another data file was chosen: the clerk must confirm (details name both files). */
  'backup-foreign',
  'db-newer',
  'db-locked',
  'forbidden',
  /** The clerk stopped a long job (会议材料); nothing of it was kept. */
  'cancelled',
  'unknown-method',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorPayload {
  code: ErrorCode
  message: string
  details?: unknown
}

export class UserError extends Error {
  override readonly name = 'UserError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export const GENERIC_FAILURE_MESSAGE =
  '操作未能完成，数据未作改动。请重试；如仍失败，请将日志文件发给管理员。'
