/**
 * `npx tsx test/documents-pictures.ts`: renders the sample documents the way a reviewer sees them
 * (LibreOffice → PDF → PNG) into docs/documents/: pages 1–2 of the 工作简报, page 1 and the 附件 page of a
 * 督办通知, page 1 of a 催办通知. Rerun after changing the layout and look at every picture.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertRenderTools, convertToPdf, pdfToPng, pdfWords } from './documents-render'
import { sampleDocuments } from './documents-samples'

const OUT = join(__dirname, '..', 'docs', 'documents')

async function main(): Promise<void> {
  assertRenderTools()
  const work = mkdtempSync(join(tmpdir(), 'civdesk-pictures-'))
  try {
    mkdirSync(OUT, { recursive: true })
    const docs = await sampleDocuments(work)
    const picture = (docx: string, pages: number[], names: string[]) => {
      const pdf = convertToPdf(docx, join(work, 'pdf'))
      pages.forEach((page, i) => {
        const [png] = pdfToPng(pdf, page, page, join(work, `${names[i]}`), 96)
        copyFileSync(png, join(OUT, `${names[i]}.png`))
        process.stdout.write(`${join(OUT, `${names[i]}.png`)}\n`)
      })
      return pdf
    }
    picture(docs.briefing, [1, 2], ['briefing-p1', 'briefing-p2'])
    const noticePdf = convertToPdf(docs.notice, join(work, 'pdf'))
    const attachment = pdfWords(noticePdf).findIndex((p) =>
      p.words.some((w) => w.text === '督办事项清单' && w.y0 < 80)
    )
    picture(docs.notice, [1, attachment + 1], ['notice-p1', 'notice-p2'])
    picture(docs.reminder, [1], ['reminder-p1'])
    docs.ctx.db.close()
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
