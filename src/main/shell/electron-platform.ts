import { dialog, shell, type BrowserWindow } from 'electron'
import { FILE_PURPOSES } from '../../shared/file-purposes'
import type { Platform } from '../file/platform'

/** Native Windows dialogs and "open with Word/WPS", for the desktop window. */
export function electronPlatform(
  window: () => BrowserWindow | null,
  defaultDir: () => string,
  rememberDataFile: (path: string) => void
): Platform {
  const filters = (purpose: keyof typeof FILE_PURPOSES) => {
    const spec = FILE_PURPOSES[purpose]
    return spec.extensions.length > 0 ? [{ name: spec.label, extensions: [...spec.extensions] }] : []
  }
  return {
    async chooseOpenFile(purpose) {
      const owner = window()
      const options = {
        title: `选择${FILE_PURPOSES[purpose].label}`,
        filters: filters(purpose),
        properties: ['openFile' as const]
      }
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async chooseOpenFiles(purpose) {
      const owner = window()
      const options = {
        title: `选择${FILE_PURPOSES[purpose].label}（可多选）`,
        filters: filters(purpose),
        properties: ['openFile' as const, 'multiSelections' as const]
      }
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
    async chooseSaveFile(purpose, defaultName) {
      const owner = window()
      const options = {
        title: `保存${FILE_PURPOSES[purpose].label}`,
        defaultPath: `${defaultDir()}/${defaultName}`,
        filters: filters(purpose)
      }
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseFolder(purpose) {
      const owner = window()
      const options = {
        title: `选择保存${FILE_PURPOSES[purpose].label}的位置`,
        defaultPath: defaultDir(),
        properties: ['openDirectory' as const, 'createDirectory' as const]
      }
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
    },
    async openFile(path) {
      const problem = await shell.openPath(path)
      if (problem) throw new Error(problem)
    },
    showInFolder(path) {
      shell.showItemInFolder(path)
    },
    rememberDataFile
  }
}
