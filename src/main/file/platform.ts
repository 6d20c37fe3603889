import type { FilePurpose } from '../../shared/file-purposes'

/**
 * What only the shell can do with files: native dialogs and handing a file to Windows. The Electron
 * shell implements it with dialog/shell; the web mode with uploads and downloads (web-platform.ts);
 * the CLI takes paths as arguments and has none.
 */
export interface Platform {
  /** A file to read, or null when the clerk cancels. */
  chooseOpenFile(purpose: FilePurpose): Promise<string | null>
  /** Files to read (a multiple-choice dialog); empty when the clerk cancels. */
  chooseOpenFiles(purpose: FilePurpose): Promise<string[]>
  /** Where to write a file, or null when cancelled. */
  chooseSaveFile(purpose: FilePurpose, defaultName: string): Promise<string | null>
  chooseFolder(purpose: FilePurpose): Promise<string | null>
  /** Opens a written file with its default program (Word, WPS, Excel). */
  openFile(path: string): Promise<void>
  showInFolder(path: string): void
  /** The desktop app remembers which data file to open next time (打开数据文件 / 另存为). */
  rememberDataFile(path: string): void
}

export const noPlatform: Platform = {
  chooseOpenFile: () => Promise.reject(new Error('no file dialogs here')),
  chooseOpenFiles: () => Promise.reject(new Error('no file dialogs here')),
  chooseSaveFile: () => Promise.reject(new Error('no file dialogs here')),
  chooseFolder: () => Promise.reject(new Error('no file dialogs here')),
  openFile: () => Promise.reject(new Error('cannot open files here')),
  showInFolder: () => undefined,
  rememberDataFile: () => undefined
}
