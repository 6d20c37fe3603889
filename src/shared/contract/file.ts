import { z } from 'zod'
import {
  OPEN_PURPOSES,
  SAVE_PURPOSES,
  type ChosenFile,
  type ChosenFolder,
  type OpenPurpose,
  type SavePurpose
} from '../file-purposes'
import { query } from './define'

const fileRef = z.string().regex(/^f_[0-9a-f]{24}$/, { message: '文件句柄无效' })

/**
 * Files by purpose and handle. In the desktop window these open native dialogs; in the web mode the
 * page uploads instead of chooseOpen and downloads what chooseSave's handle was written to.
 */
export const fileContract = {
  'file.chooseOpen': query<ChosenFile | null>()(
    z.object({ purpose: z.enum(OPEN_PURPOSES as [OpenPurpose, ...OpenPurpose[]]) }).strict()
  ),
  'file.chooseSave': query<ChosenFile | null>()(
    z
      .object({
        purpose: z.enum(SAVE_PURPOSES as [SavePurpose, ...SavePurpose[]]),
        defaultName: z.string().trim().min(1).max(120)
      })
      .strict()
  ),
  'file.chooseFolder': query<ChosenFolder | null>()(
    z.object({ purpose: z.enum(['notice-folder', 'pack-folder']) }).strict()
  ),
  'file.open': query<void>()(z.object({ ref: fileRef }).strict()),
  'file.showInFolder': query<void>()(z.object({ ref: fileRef }).strict())
}

export { fileRef }
