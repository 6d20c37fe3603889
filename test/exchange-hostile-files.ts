import JSZip from 'jszip'
import { createDeflateRaw } from 'node:zlib'
import { plainLedger } from './exchange-corpus'

/**
 * Files the import must refuse, built byte by byte: empty, other formats renamed to .xlsx, OLE/CFB
 * containers (an encrypted workbook, a legacy .xls), a truncated zip, zip bombs whose central directory
 * tells the truth or lies, and a workbook with more rows than the cap.
 */

export const emptyFile = (): Buffer => Buffer.alloc(0)

export const csvRenamed = (): Buffer =>
  Buffer.from('编号,工作任务,牵头单位\nA1,排查隐患,市消防救援支队\n', 'utf8')

export const pdfRenamed = (): Buffer =>
  Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1')

export async function docxRenamed(): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  )
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export async function odsRenamed(): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' })
  zip.file(
    'content.xml',
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** The first half of a real workbook: the zip's central directory (at the end) is missing. */
export async function truncatedWorkbook(): Promise<Buffer> {
  const whole = await plainLedger()
  return whole.subarray(0, Math.floor(whole.length / 2))
}

/**
 * A minimal but well-formed Compound File (CFB v3, 512-byte sectors) holding the given streams, each
 * padded to at least 4096 bytes so that it lives in ordinary sectors (no mini stream).
 */
export function compoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  const SECTOR = 512
  const FREE = 0xffffffff
  const END = 0xfffffffe
  const FATSECT = 0xfffffffd
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR)
    const data = Buffer.alloc(size)
    s.data.copy(data)
    return { name: s.name, data, length: s.data.length }
  })
  // Sector 0: the FAT; sector 1: the directory; then each stream's sectors in turn.
  const fat = new Array<number>(128).fill(FREE)
  fat[0] = FATSECT
  fat[1] = END
  let next = 2
  const starts: number[] = []
  for (const stream of padded) {
    const count = stream.data.length / SECTOR
    starts.push(next)
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1
    next += count
  }
  if (next > 128) throw new Error('compoundFile: streams too large for one FAT sector')

  const header = Buffer.alloc(SECTOR)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0)
  header.writeUInt16LE(0x003e, 24)
  header.writeUInt16LE(0x0003, 26)
  header.writeUInt16LE(0xfffe, 28)
  header.writeUInt16LE(9, 30)
  header.writeUInt16LE(6, 32)
  header.writeUInt32LE(1, 44) // FAT sectors
  header.writeUInt32LE(1, 48) // first directory sector
  header.writeUInt32LE(0x1000, 56)
  header.writeUInt32LE(END, 60)
  header.writeUInt32LE(END, 68)
  header.writeUInt32LE(0, 76) // DIFAT[0] = sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4)

  const fatSector = Buffer.alloc(SECTOR)
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4))

  const directory = Buffer.alloc(SECTOR)
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number
  ) => {
    const at = index * 128
    const encoded = Buffer.from(`${name}\0`, 'utf16le')
    encoded.copy(directory, at)
    directory.writeUInt16LE(encoded.length, at + 64)
    directory[at + 66] = type
    directory[at + 67] = 1
    directory.writeUInt32LE(FREE, at + 68)
    directory.writeUInt32LE(right, at + 72)
    directory.writeUInt32LE(child, at + 76)
    directory.writeUInt32LE(start, at + 116)
    directory.writeUInt32LE(size, at + 120)
  }
  if (padded.length > 3) throw new Error('compoundFile: at most three streams')
  entry(0, 'Root Entry', 5, padded.length > 0 ? 1 : FREE, FREE, END, 0)
  padded.forEach((s, i) =>
    entry(i + 1, s.name, 2, FREE, i + 2 <= padded.length ? i + 2 : FREE, starts[i], s.length)
  )

  return Buffer.concat([header, fatSector, directory, ...padded.map((s) => s.data)])
}

/** How Office stores a workbook with an open password: a CFB with EncryptionInfo and EncryptedPackage. */
export function encryptedWorkbook(): Buffer {
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from('<?xml version="1.0"?><encryption/>', 'utf8')
  ])
  const pkg = Buffer.alloc(6000, 0x5a)
  pkg.writeUInt32LE(5992, 0)
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: pkg }
  ])
}

/** A legacy Excel 97-2003 workbook's container: a CFB with a "Workbook" stream starting with a BIFF8 BOF. */
export function legacyXls(): Buffer {
  const bof = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00])
  return compoundFile([{ name: 'Workbook', data: bof }])
}

interface RawEntry {
  name: string
  /** Deflated bytes. */
  data: Buffer
  uncompressedSize: number
}

/** A zip written by hand, so that its central directory can state any size. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(0, 14)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(e.uncompressedSize, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(0, 16)
    central.writeUInt32LE(e.data.length, 20)
    central.writeUInt32LE(e.uncompressedSize, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, e.data)
    centrals.push(central, name)
    offset += local.length + name.length + e.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** `megabytes` of one repeated worksheet-like line, deflated in a stream (never held whole in memory). */
export function deflatedFiller(megabytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 9 })
    const chunks: Buffer[] = []
    deflate.on('data', (c: Buffer) => chunks.push(c))
    deflate.on('end', () => resolve(Buffer.concat(chunks)))
    deflate.on('error', reject)
    const line = Buffer.from(
      '<c r="A1" t="s"><v>0</v></c>'.repeat((1024 * 1024) / 32).padEnd(1024 * 1024, ' ')
    )
    let written = 0
    const pump = () => {
      while (written < megabytes) {
        written++
        if (!deflate.write(line)) return deflate.once('drain', pump)
      }
      deflate.end()
    }
    pump()
  })
}

const MINIMAL_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  'xl/workbook.xml':
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="台账" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>'
}

/** A zip bomb: a sheet that inflates to `megabytes`; `honest` says whether the directory admits it. */
export async function zipBomb(filler: Buffer, megabytes: number, honest: boolean): Promise<Buffer> {
  const { deflateRawSync } = await import('node:zlib')
  const small = Object.entries(MINIMAL_PARTS).map(([name, text]) => {
    const raw = Buffer.from(text, 'utf8')
    return { name, data: deflateRawSync(raw), uncompressedSize: raw.length }
  })
  return rawZip([
    ...small,
    {
      name: 'xl/worksheets/sheet1.xml',
      data: filler,
      uncompressedSize: honest ? megabytes * 1024 * 1024 : 4096
    }
  ])
}

/** A real workbook whose one sheet has `rows` empty <row> elements (above the row cap). */
export async function tooManyRows(rows: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await plainLedger())
  const rowsXml: string[] = []
  for (let r = 1; r <= rows; r++) rowsXml.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`)
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml.join('')}</sheetData></worksheet>`
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
