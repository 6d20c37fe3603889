import JSZip from 'jszip'
import { inflateRawSync } from 'node:zlib'
import { UserError } from '../../shared/errors'
import { IMPORT_LIMITS, MB } from './limits'

/**
 * Looks at a file's bytes before exceljs sees them, so that what CivDesk cannot read is refused with a
 * reason a clerk can act on, and a hostile file never reaches the parser:
 * - empty files, files that are not a zip at all (a .csv, .pdf or .html renamed to .xlsx);
 * - OLE/CFB containers (magic D0 CF 11 E0): a password-protected .xlsx (Office encrypts into a CFB with an
 *   "EncryptedPackage" stream) or a legacy .xls workbook;
 * - zips that are not workbooks (.docx, .ods) and zip bombs: the declared sizes in the central directory
 *   are summed first, then every part is inflated with a hard output cap (a forged directory cannot lie
 *   its way past it) while the <row> elements of the worksheets are counted.
 * Tested by test/exchange-refusals.test.ts.
 */
export async function inspectWorkbookBytes(bytes: Buffer, fileName: string): Promise<void> {
  const name = `“${fileName}”`
  if (bytes.length === 0) refuse(`${name}是空文件（0 字节），不是 Excel 工作簿，未导入任何内容。`)
  if (isCompoundFile(bytes)) refuse(describeCompoundFile(bytes, name, fileName))
  if (!isZip(bytes)) {
    refuse(
      `${name}不是 Excel 工作簿（.xlsx）：文件内容是${describeNonZip(bytes)}，可能只是改了扩展名。` +
        '请在 Excel 或 WPS 中打开原文件，“另存为”Excel 工作簿（*.xlsx）后再导入。'
    )
  }
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/encrypted/i.test(message))
      refuse(`${name}是加密的压缩文件，无法读取。请取消密码后另存为 .xlsx 再导入。`)
    refuse(`${name}已损坏或不完整，无法作为 Excel 工作簿读取。请在 Excel 或 WPS 中打开并重新保存后再导入。`)
  }
  assertWorkbookParts(zip, name)
  inflateWithinLimits(zip, name)
}

function refuse(message: string): never {
  throw new UserError('file-refused', message)
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC)
}

function isZip(bytes: Buffer): boolean {
  // PK\3\4: a zip with entries; PK\5\6: an empty zip (refused below as "not a workbook").
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

/** Stream names live in the CFB directory as UTF-16LE; their presence tells the kinds apart. */
function hasStream(bytes: Buffer, streamName: string): boolean {
  return bytes.indexOf(Buffer.from(streamName, 'utf16le')) >= 0
}

function describeCompoundFile(bytes: Buffer, name: string, fileName: string): string {
  if (hasStream(bytes, 'EncryptedPackage') || hasStream(bytes, 'EncryptionInfo')) {
    return (
      `${name}设置了打开密码（文件已加密），CivDesk 无法读取加密的工作簿，未导入任何内容。` +
      '请在 Excel 或 WPS 中用密码打开，取消“用密码进行加密”后另存为 .xlsx，再导入。'
    )
  }
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book') || /\.xls$/i.test(fileName)) {
    return (
      `${name}是旧版 Excel 97-2003 工作簿（.xls），CivDesk 只读取 .xlsx 格式，未导入任何内容。` +
      '请在 Excel 或 WPS 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入新文件。'
    )
  }
  return (
    `${name}是旧版 Office 文件（不是 .xlsx 工作簿），未导入任何内容。` +
    '请在 Excel 或 WPS 中打开它，“另存为”Excel 工作簿（*.xlsx）后再导入。'
  )
}

function describeNonZip(bytes: Buffer): string {
  const head = bytes.subarray(0, 512).toString('latin1')
  if (head.startsWith('%PDF')) return 'PDF 文档'
  if (/^\s*(<!doctype html|<html|<table|<\?xml)/i.test(head)) return '网页或 XML 文本'
  if (head.startsWith('{\\rtf')) return 'RTF 文档'
  const sample = bytes.subarray(0, 4096)
  const binary = sample.some((b) => b === 0 || (b < 9 && b !== 0))
  return binary ? '无法识别的二进制数据' : '纯文本（如 CSV 或 TXT）'
}

function assertWorkbookParts(zip: JSZip, name: string): void {
  const names = Object.keys(zip.files)
  const has = (path: string) => names.some((n) => n.replace(/^\//, '').toLowerCase() === path)
  if (has('xl/workbook.xml')) return
  if (has('word/document.xml')) refuse(`${name}是 Word 文档（.docx），不是 Excel 工作簿，未导入任何内容。`)
  if (names.some((n) => n.startsWith('ppt/'))) refuse(`${name}是 PowerPoint 演示文稿，不是 Excel 工作簿。`)
  if (has('content.xml') && has('mimetype')) {
    refuse(
      `${name}是 OpenDocument 表格（.ods）。请在 WPS 或 LibreOffice 中“另存为”Excel 工作簿（*.xlsx）后再导入。`
    )
  }
  refuse(`${name}是一个压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml），未导入任何内容。`)
}

/** What jszip knows about an entry from the central directory, before anything is inflated. */
interface StoredEntry {
  compressedSize: number
  uncompressedSize: number
  compression: { magic: string }
  compressedContent: Uint8Array
}

const STORE = '\x00\x00'
const DEFLATE = '\x08\x00'

function storedEntry(file: JSZip.JSZipObject): StoredEntry {
  // jszip keeps the central-directory record of a loaded entry in `_data` (a CompressedObject); it has no
  // public accessor for sizes. The shape is checked so that a jszip upgrade fails loudly in the tests.
  const data = (file as unknown as { _data?: Partial<StoredEntry> })._data
  if (
    !data ||
    typeof data.uncompressedSize !== 'number' ||
    typeof data.compression?.magic !== 'string' ||
    !(data.compressedContent instanceof Uint8Array)
  ) {
    throw new Error(`jszip internals changed: cannot read the directory record of ${file.name}`)
  }
  return data as StoredEntry
}

function inflateWithinLimits(zip: JSZip, name: string): void {
  const files = Object.values(zip.files).filter((f) => !f.dir)
  if (files.length > IMPORT_LIMITS.maxEntries) {
    refuse(`${name}包含 ${files.length} 个内部文件，远超正常工作簿，疑似恶意构造的文件，已拒绝读取。`)
  }
  const entries = files.map((f) => ({ file: f, stored: storedEntry(f) }))
  const declared = entries.reduce((sum, e) => sum + Math.max(0, e.stored.uncompressedSize), 0)
  const cap = IMPORT_LIMITS.maxUncompressedBytes
  if (declared > cap) refuse(bombMessage(name, declared))

  let inflated = 0
  let rows = 0
  for (const { file, stored } of entries) {
    const magic = stored.compression.magic
    if (magic !== STORE && magic !== DEFLATE) {
      refuse(`${name}使用了不支持的压缩方式，无法读取。请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入。`)
    }
    let content: Buffer
    try {
      content =
        magic === STORE
          ? Buffer.from(stored.compressedContent)
          : inflateRawSync(stored.compressedContent, { maxOutputLength: cap - inflated + 1 })
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        refuse(bombMessage(name, cap + 1))
      }
      refuse(`${name}已损坏（内部文件 ${file.name} 无法解压），请在 Excel 或 WPS 中重新保存后再导入。`)
    }
    inflated += content.length
    if (inflated > cap) refuse(bombMessage(name, inflated))
    if (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(file.name)) {
      rows += countRows(content)
      if (rows > IMPORT_LIMITS.maxRows) {
        refuse(
          `${name}的工作表超过导入上限 ${IMPORT_LIMITS.maxRows} 行（已数到 ${rows} 行），已拒绝读取。` +
            '请删除多余的空行或把台账拆成几个文件再导入。'
        )
      }
    }
  }
}

function bombMessage(name: string, bytes: number): string {
  return (
    `${name}解压后超过 ${Math.floor(bytes / MB)} MB（上限 ${IMPORT_LIMITS.maxUncompressedBytes / MB} MB），` +
    '远大于正常台账，疑似恶意构造的压缩文件（“压缩炸弹”），已拒绝读取，数据文件未作改动。'
  )
}

/** Counts <row …> elements (with or without a namespace prefix) in a worksheet part. */
function countRows(xml: Buffer): number {
  let count = 0
  let at = xml.indexOf('row', 0, 'latin1')
  while (at >= 0) {
    const before = at > 0 ? xml[at - 1] : 0
    const after = xml[at + 3]
    // "<row " / "<row>" / "<x:row ": the byte before is '<' or ':' and the one after ends the name.
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f)) {
      if (before === 0x3c || isPrefixedOpenTag(xml, at - 1)) count++
    }
    at = xml.indexOf('row', at + 3, 'latin1')
  }
  return count
}

function isPrefixedOpenTag(xml: Buffer, colon: number): boolean {
  let i = colon - 1
  while (i >= 0 && /[A-Za-z0-9_]/.test(String.fromCharCode(xml[i]))) i--
  return i >= 0 && xml[i] === 0x3c && i < colon - 1
}
