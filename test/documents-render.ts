import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

/**
 * Renders generated documents the way a reviewer sees them: LibreOffice (headless) → PDF, then poppler
 * reads page sizes and word positions. The GB/T fonts are Windows/commercial faces, so a private
 * fontconfig file maps them to the free faces Debian ships (architecture.md pitfalls); each conversion
 * gets its own LibreOffice profile so parallel runs never share one.
 */

const TOOLS = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'] as const

/** Fails with what to install when LibreOffice or poppler is missing (CI installs them in .ci/run). */
export function assertRenderTools(): void {
  const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  if (missing.length > 0)
    throw new Error(
      `Rendering checks need ${missing.join(', ')}: apt-get install -y libreoffice-writer-nogui ` +
        'libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai (see .ci/run)'
    )
}

const ALIASES: [string[], string, string?][] = [
  [['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', '宋体', 'SimSun'], 'Noto Serif CJK SC'],
  [['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S'], 'Noto Serif CJK SC', 'bold'],
  [['黑体', 'SimHei'], 'Noto Sans CJK SC'],
  [['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312'], 'AR PL UKai CN'],
  [['Times New Roman'], 'Liberation Serif']
]

function fontconfigFile(dir: string): string {
  const rules = ALIASES.flatMap(([names, target, weight]) =>
    names.map(
      (name) => `  <match target="pattern">
    <test name="family"><string>${name}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${target}</string></edit>${
      weight ? `\n    <edit name="weight" mode="assign" binding="strong"><const>${weight}</const></edit>` : ''
    }
  </match>`
    )
  )
  const path = join(dir, 'fonts.conf')
  writeFileSync(
    path,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${join(dir, 'fc-cache')}</cachedir>
${rules.join('\n')}
</fontconfig>
`
  )
  return path
}

/** Converts a .docx (or .xlsx) to PDF in `outDir`; returns the PDF's path. */
export function convertToPdf(document: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true })
  const work = mkdtempSync(join(tmpdir(), 'civdesk-soffice-'))
  try {
    const result = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        document
      ],
      { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(work) }, timeout: 180_000 }
    )
    const pdf = join(outDir, basename(document).replace(/\.(docx|xlsx)$/, '.pdf'))
    if (result.status !== 0 || !existsSync(pdf))
      throw new Error(`soffice failed (${result.status}): ${result.stderr}${result.stdout}`)
    return pdf
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export interface PdfWord {
  text: string
  /** Millimetres from the page's left and top edges. */
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface PdfPage {
  /** Millimetres. */
  width: number
  height: number
  words: PdfWord[]
}

const PT_TO_MM = 25.4 / 72

/** `pdfinfo`: page count and the size of page 1 in millimetres. */
export function pdfInfo(pdf: string): { pages: number; widthMm: number; heightMm: number } {
  const text = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)![1])
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text)!
  return { pages, widthMm: Number(size[1]) * PT_TO_MM, heightMm: Number(size[2]) * PT_TO_MM }
}

/** `pdftotext -bbox`: every word of every page with its box in millimetres. */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const pages: PdfPage[] = []
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
  for (const page of html.matchAll(pageRe)) {
    const words: PdfWord[] = []
    const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    for (const w of page[3].matchAll(wordRe)) {
      words.push({
        text: decodeEntities(w[5]),
        x0: Number(w[1]) * PT_TO_MM,
        y0: Number(w[2]) * PT_TO_MM,
        x1: Number(w[3]) * PT_TO_MM,
        y1: Number(w[4]) * PT_TO_MM
      })
    }
    pages.push({ width: Number(page[1]) * PT_TO_MM, height: Number(page[2]) * PT_TO_MM, words })
  }
  return pages
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Renders pages of a PDF to PNG at `dpi` (pdftoppm); returns the files written. */
export function pdfToPng(pdf: string, first: number, last: number, prefix: string, dpi = 110): string[] {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix])
  const digits = String(pdfInfo(pdf).pages).length
  return Array.from(
    { length: last - first + 1 },
    (_, i) => `${prefix}-${String(first + i).padStart(digits, '0')}.png`
  )
}

export function readPdfText(pdf: string): string {
  return readFileSync(pdf).length > 0
    ? execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    : ''
}
