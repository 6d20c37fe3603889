import { Document, Packer, type ISectionOptions } from 'docx'
import JSZip from 'jszip'
import { fontOf, SIZE } from './fonts'
import { BODY_CHAR_SPACING, PAGE } from './page'
import { tableParagraphStyles } from './table-styles'

export interface DocumentMeta {
  title: string
  creator: string
}

/**
 * The Normal style is 3号仿宋 at 28.95 pt, condensed by 0.25 pt: any paragraph that sets nothing else
 * reads as 正文, and LibreOffice sizes its text from it.
 */
const NORMAL = {
  run: { size: SIZE.san, font: fontOf('fangsong', false), characterSpacing: BODY_CHAR_SPACING },
  paragraph: { spacing: { line: PAGE.linePitch, lineRule: 'exact' as const, before: 0, after: 0 } }
}

const NORMAL_PPR = `<w:pPr><w:spacing w:after="0" w:before="0" w:line="${PAGE.linePitch}" w:lineRule="exact"/></w:pPr>`
/**
 * No hanging punctuation anywhere: Word and LibreOffice let a closing 。，； hang into the margin unless
 * told otherwise, and GB/T 9704 wants every character inside the 版心. docx writes w:overflowPunct only
 * when it is on, so the default paragraph properties and the Normal style get it here, before w:spacing
 * as the schema orders them.
 */
const NORMAL_PPR_NO_HANGING = NORMAL_PPR.replace('<w:pPr>', '<w:pPr><w:overflowPunct w:val="0"/>')

async function forbidHangingPunctuation(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx)
  const styles = await zip.file('word/styles.xml')!.async('string')
  const parts = styles.split(NORMAL_PPR)
  // docDefaults and the Normal style; anything else means docx changed what it writes.
  if (parts.length !== 3)
    throw new Error(`styles.xml: expected the Normal paragraph properties twice, found ${parts.length - 1}`)
  zip.file('word/styles.xml', parts.join(NORMAL_PPR_NO_HANGING))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** Packs sections into a .docx with odd/even footers turned on (the page number's outer side). */
export async function packDocument(
  meta: DocumentMeta,
  sections: readonly ISectionOptions[]
): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: NORMAL },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', quickFormat: true, ...NORMAL },
        ...tableParagraphStyles()
      ]
    },
    sections
  })
  return forbidHangingPunctuation(await Packer.toBuffer(doc))
}
