/**
 * What a file is for. The page names a purpose, never a path or a filter: the main process decides
 * which dialog, which extensions and which size limit apply (narrow handlers, style.md).
 */
export const FILE_PURPOSES = {
  // .xls is offered too, so that a clerk holding an old .xls sees it in the dialog and is told to save it
  // as .xlsx (exchange/file-guard.ts) instead of wondering why the file is not listed.
  'ledger-xlsx': {
    label: 'Excel 台账',
    extensions: ['xlsx', 'xls'],
    direction: 'open',
    maxBytes: 50 * 1024 * 1024
  },
  'calendar-text': {
    label: '节假日安排（通知原文或文本）',
    extensions: ['txt', 'docx'],
    direction: 'open',
    maxBytes: 4 * 1024 * 1024
  },
  'backup-db': {
    label: '文明办工作台数据文件',
    extensions: ['db'],
    direction: 'open',
    maxBytes: 4 * 1024 * 1024 * 1024
  },
  'export-xlsx': { label: 'Excel 工作簿', extensions: ['xlsx'], direction: 'save', maxBytes: 0 },
  docx: { label: 'Word 文档', extensions: ['docx'], direction: 'save', maxBytes: 0 },
  png: { label: 'PNG 图片', extensions: ['png'], direction: 'save', maxBytes: 0 },
  'data-file': { label: '文明办工作台数据文件', extensions: ['db'], direction: 'save', maxBytes: 0 },
  'calendar-export': { label: '节假日安排文本', extensions: ['txt'], direction: 'save', maxBytes: 0 },
  'notice-folder': { label: '通知文件夹', extensions: [], direction: 'folder', maxBytes: 0 },
  'pack-folder': { label: '会议材料保存位置', extensions: [], direction: 'folder', maxBytes: 0 },
  'pack-zip': { label: '会议材料压缩包', extensions: ['zip'], direction: 'save', maxBytes: 0 },
  // A unit's 填报表 comes back as .xlsx, or several in the .zip they were forwarded in (issue 15).
  'round-return': {
    label: '填报表（Excel 或 .zip 压缩包）',
    extensions: ['xlsx', 'zip'],
    direction: 'open',
    maxBytes: 50 * 1024 * 1024
  },
  /** Where a round's 填报表 and notices are written, or a folder of returned 填报表 to collect. */
  'round-folder': { label: '填报文件夹', extensions: [], direction: 'folder', maxBytes: 0 }
} as const satisfies Record<
  string,
  { label: string; extensions: readonly string[]; direction: 'open' | 'save' | 'folder'; maxBytes: number }
>

export type FilePurpose = keyof typeof FILE_PURPOSES
export type OpenPurpose = {
  [P in FilePurpose]: (typeof FILE_PURPOSES)[P]['direction'] extends 'open' ? P : never
}[FilePurpose]
export type SavePurpose = {
  [P in FilePurpose]: (typeof FILE_PURPOSES)[P]['direction'] extends 'save' ? P : never
}[FilePurpose]

export const OPEN_PURPOSES = Object.keys(FILE_PURPOSES).filter(
  (p) => FILE_PURPOSES[p as FilePurpose].direction === 'open'
) as OpenPurpose[]
export type FolderPurpose = {
  [P in FilePurpose]: (typeof FILE_PURPOSES)[P]['direction'] extends 'folder' ? P : never
}[FilePurpose]

export const SAVE_PURPOSES = Object.keys(FILE_PURPOSES).filter(
  (p) => FILE_PURPOSES[p as FilePurpose].direction === 'save'
) as SavePurpose[]
export const FOLDER_PURPOSES = Object.keys(FILE_PURPOSES).filter(
  (p) => FILE_PURPOSES[p as FilePurpose].direction === 'folder'
) as FolderPurpose[]

/** A file the clerk chose: `ref` is an opaque handle the main process maps to a real path. */
export interface ChosenFile {
  ref: string
  /** The file's name (not its path), for display. */
  name: string
}

/** A folder the clerk chose, for batch output. */
export interface ChosenFolder {
  ref: string
  name: string
}
