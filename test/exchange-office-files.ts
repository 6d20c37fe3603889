import JSZip from 'jszip'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Ledgers as other office programs save them: LibreOffice (the workbooks of exchange-corpus.ts converted
 * by `soffice --headless --convert-to`, each run with its own profile) and a WPS-style file written part
 * by part (inline strings, the Chinese built-in date format 31, a merged title, WPS's app name).
 */

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0
}

/**
 * Converts workbooks with LibreOffice in one run: `filter` 'xlsx' re-saves as LibreOffice writes xlsx,
 * 'xls' produces a real Excel 97-2003 file. Returns the converted bytes by name.
 */
export function convertWithSoffice(
  dir: string,
  files: Record<string, Buffer>,
  filter: 'xlsx' | 'xls' | 'ods'
): Record<string, Buffer> {
  const inDir = join(dir, `in-${filter}`)
  const outDir = join(dir, `out-${filter}`)
  mkdirSync(inDir, { recursive: true })
  mkdirSync(outDir, { recursive: true })
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(inDir, `${name}.xlsx`)
    writeFileSync(path, bytes)
    return path
  })
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...paths
    ],
    { encoding: 'utf8', timeout: 180_000 }
  )
  const converted: Record<string, Buffer> = {}
  for (const name of Object.keys(files)) {
    const out = join(outDir, `${name}.${filter}`)
    if (!existsSync(out))
      throw new Error(`soffice did not convert ${name}: ${result.stderr || result.stdout}`)
    converted[name] = readFileSync(out)
  }
  return converted
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/**
 * A ledger as WPS 表格 writes one: a merged title row with the year, inline strings, deadlines as serial
 * numbers under numFmtId 31 (yyyy"年"m"月"d"日", a built-in Chinese date format that exceljs does not
 * turn into a date), a shared string table for the units.
 */
export async function wpsStyleLedger(): Promise<Buffer> {
  const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
  const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`
  const date = (ref: string, serial: number) => `<c r="${ref}" s="1"><v>${serial}</v></c>`
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>
<row r="1">${inline('A1', '2025年城中村治理任务台账（WPS）')}</row>
<row r="2">${inline('A2', '序号')}${inline('B2', '任务名称')}${inline('C2', '主责单位')}${inline('D2', '办结时限')}</row>
<row r="3"><c r="A3"><v>1</v></c>${inline('B3', 'WPS 表格里的任务一')}${shared('C3', 0)}${date('D3', 45838)}</row>
<row r="4"><c r="A4"><v>2</v></c>${inline('B4', 'WPS 表格里的任务二')}${shared('C4', 1)}${inline('D4', '12月31日前')}</row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>`
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`
  )
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>WPS 表格</Application></Properties>'
  )
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="任务" sheetId="1" r:id="rId1"/></sheets></workbook>`
  )
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  )
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="31" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`
  )
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="2" uniqueCount="2"><si><t>市城管局</t></si><si><r><t>市住建局</t></r></si></sst>`
  )
  zip.file('xl/worksheets/sheet1.xml', sheet)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
