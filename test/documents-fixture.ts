import JSZip from 'jszip'
import { readFileSync } from 'node:fs'
import { createAppContext, type AppContext } from '../src/main/app-context'
import { generateSampleCity } from '../src/main/sample/generate-sample-city'
import { openMemoryDatabase } from '../src/main/store/open-database'
import { writeSettings } from '../src/main/store/settings-store'
import { fixedClock } from '../src/main/system/clock'
import { silentLogger } from '../src/main/system/logger'
import type { Settings } from '../src/shared/settings'

/**
 * The sample city (as of 2025-09-30) in an in-memory store built from the real migrations, with a frozen
 * clock, and the contact the notices print (the sample leaves it empty, as a new office would).
 */
export function sampleCityContext(settings: Partial<Settings> = {}): AppContext {
  const db = openMemoryDatabase()
  generateSampleCity(db, { scale: 1 })
  writeSettings(db, { contactPerson: '王晓明', contactPhone: '0000-12345678', ...settings })
  return createAppContext({
    db,
    clock: fixedClock('2025-09-30T16:00:00+08:00'),
    log: silentLogger,
    dataFile: ':memory:',
    backupDir: '/nonexistent',
    shell: 'cli',
    appVersion: 'test'
  })
}

/** The parts of a .docx a test reads: the body, styles, settings and footers, as XML text. */
export interface DocxParts {
  document: string
  styles: string
  settings: string
  footers: string[]
  files: string[]
}

export async function readDocx(path: string): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const text = (name: string) => zip.file(name)!.async('string')
  const footerNames = Object.keys(zip.files)
    .filter((n) => /^word\/footer\d+\.xml$/.test(n))
    .sort()
  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    settings: await text('word/settings.xml'),
    footers: await Promise.all(footerNames.map(text)),
    files: Object.keys(zip.files)
  }
}

/** Every paragraph's visible text, in order (runs joined; breaks and tabs as written). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[1])))
      .join('')
  )
}

/** The runs of a document: their text and their rFonts east-Asian face. */
export function runsOf(
  xml: string
): { text: string; eastAsia: string | null; ascii: string | null; bold: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map((r) => ({
      text: [...r[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''),
      eastAsia: /w:eastAsia="([^"]*)"/.exec(r[1])?.[1] ?? null,
      ascii: /w:ascii="([^"]*)"/.exec(r[1])?.[1] ?? null,
      bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(r[1])
    }))
    .filter((r) => r.text !== '')
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
