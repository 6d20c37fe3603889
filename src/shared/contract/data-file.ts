import { z } from 'zod'
import { mutation } from './define'
import { fileRef } from './file'

export const dataFileContract = {
  /** 打开数据文件: continue on another .db file the clerk picked (purpose 'backup-db'). */
  'dataFile.open': mutation<void>()(z.object({ ref: fileRef }).strict()),
  /** 另存为: copy the data file to a new place (purpose 'data-file') and continue there. */
  'dataFile.saveAs': mutation<void>()(z.object({ ref: fileRef }).strict())
}
