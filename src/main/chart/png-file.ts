import { PNG_MAX_BYTES } from '../../shared/contract/chart'
import { UserError } from '../../shared/errors'
import type { AppContext } from '../app-context'
import { writeFileAtomic } from '../system/atomic-file'

const PREFIX = 'data:image/png;base64,'
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Larger than any canvas Chromium draws (32,767 px a side). */
const MAX_SIDE = 32_767

export interface PngInfo {
  bytes: Buffer
  width: number
  height: number
}

/**
 * Reads a PNG data URL from the page and checks it really is one PNG picture of a sane size: the page
 * could send anything, and what we write lands in a file the clerk will open and print.
 */
export function decodePngDataUrl(dataUrl: string): PngInfo {
  const refuse = (why: string): never => {
    throw new UserError('invalid-input', `图片数据无效：${why}，未写入文件。`)
  }
  if (!dataUrl.startsWith(PREFIX)) refuse('不是 PNG 图片')
  const base64 = dataUrl.slice(PREFIX.length)
  if (base64.length === 0 || base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
    refuse('编码不完整')
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length > PNG_MAX_BYTES)
    throw new UserError(
      'invalid-input',
      `图片过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不能超过${PNG_MAX_BYTES / 1024 / 1024} MB；请按区域筛选或缩小时间范围后再导出。`
    )
  if (bytes.length < 8 + 25 + 12 || !bytes.subarray(0, 8).equals(SIGNATURE)) refuse('不是 PNG 图片')
  // The first chunk of every PNG is IHDR (13 bytes: width, height, …); the last is IEND.
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') refuse('缺少图片头')
  if (bytes.toString('latin1', bytes.length - 8, bytes.length - 4) !== 'IEND') refuse('图片不完整')
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    refuse(`尺寸不合理（${width}×${height}）`)
  return { bytes, width, height }
}

/** Writes the picture to the file the clerk chose for a PNG (temporary file, then rename). */
export function savePng(
  ctx: AppContext,
  ref: string,
  dataUrl: string
): { bytes: number; width: number; height: number } {
  const png = decodePngDataUrl(dataUrl)
  const path = ctx.files.resolve(ref, 'output', ['png'])
  writeFileAtomic(path, png.bytes)
  return { bytes: png.bytes.length, width: png.width, height: png.height }
}
