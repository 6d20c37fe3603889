import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { needsGbkFont } from '../layout/gb2312'

/**
 * The CJK font charts are drawn with: Noto Sans CJK SC Regular (SIL OFL 1.1), cut down to GB 2312 plus
 * the GBK place-name characters listed in resources/fonts/README.md. resvg draws no text at all without
 * a font, and the machines CivDesk runs on may have no CJK font it can read, so the font ships with the
 * app and is loaded explicitly.
 */
export const CHART_FONT_FILE = 'NotoSansSC-GB2312-Regular.otf'
export const CHART_FONT_FAMILY = 'Noto Sans CJK SC'
/** The GBK-only hanzi the shipped font holds besides GB 2312 (resources/fonts/README.md). */
export const CHART_FONT_EXTRA = '垵墘塱湳氹磜隩峇埇蓢滘碶漈崀垟垱'

/** True when the shipped font can draw every hanzi of `text`. */
export function chartFontCovers(text: string): boolean {
  for (const ch of text) if (needsGbkFont(ch) && !CHART_FONT_EXTRA.includes(ch)) return false
  return true
}

let resolved: string | null = null

/**
 * The font's path on disk, found from this module's folder upwards: src/main/documents/charts in tests and
 * the CLI, out/main in the built app, resources/ next to it in the package. resvg reads files with its
 * own (non-Electron) file access, so a font inside app.asar is copied once to the temp folder first.
 */
export function chartFontPath(): string {
  if (resolved && existsSync(resolved)) return resolved
  const found = findUp(__dirname) ?? (process.resourcesPath ? findUp(process.resourcesPath) : null)
  if (!found) throw new Error(`找不到图表字体 resources/fonts/${CHART_FONT_FILE}`)
  resolved = found.includes(`app.asar${sep}`) ? copyOutOfAsar(found) : found
  return resolved
}

function findUp(start: string): string | null {
  let dir = start
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'fonts', CHART_FONT_FILE)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return null
}

function copyOutOfAsar(path: string): string {
  const bytes = readFileSync(path)
  const dir = join(tmpdir(), 'civdesk-fonts')
  const target = join(
    dir,
    `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${CHART_FONT_FILE}`
  )
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(target, bytes)
  }
  return target
}
