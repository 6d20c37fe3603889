import JSZip from 'jszip'
import { UserError } from '../../shared/errors'

/**
 * The text of a holiday notice file as the clerk has it: a .txt saved by Notepad or WPS (UTF-8 with or
 * without BOM, UTF-16 “Unicode”, or GBK, which older Windows uses for 简体中文), or the notice saved
 * from the web page as a Word .docx (one paragraph per line).
 */
export async function readNoticeFile(bytes: Uint8Array, fileName: string): Promise<string> {
  if (/\.docx$/i.test(fileName)) return docxText(bytes, fileName)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    // fatal: a GBK file is (almost) never valid UTF-8, so a failure here means GBK.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gbk').decode(bytes)
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The body text of a .docx, one line per paragraph (w:p), tabs and breaks kept as whitespace. */
async function docxText(bytes: Uint8Array, fileName: string): Promise<string> {
  let xml: string | undefined
  try {
    xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')
  } catch {
    xml = undefined
  }
  if (xml === undefined)
    throw new UserError(
      'invalid-input',
      `“${fileName}”不是有效的 Word 文档（.docx），请另存为 .docx 或 .txt 后再导入`
    )
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map((m) => (m[2] === 'tab' ? '\t' : m[2] === 'br' ? '\n' : decodeEntities(m[1])))
        .join('')
    )
    .join('\n')
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole)
  )
}
