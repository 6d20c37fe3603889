import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cli } from './cli-harness'
import { badDatesLedger, noHeaderLedger, noTaskColumnLedger, plainLedger } from './exchange-corpus'
import { sha256 } from './exchange-helpers'
import {
  csvRenamed,
  deflatedFiller,
  docxRenamed,
  emptyFile,
  encryptedWorkbook,
  legacyXls,
  odsRenamed,
  pdfRenamed,
  tooManyRows,
  truncatedWorkbook,
  zipBomb
} from './exchange-hostile-files'
import { convertWithSoffice, sofficeAvailable } from './exchange-office-files'
import { useSuiteTempDir } from './temp-dir'

/**
 * Every file the import must refuse, through the real CLI on a data file holding the sample city: exit
 * code 2, a Chinese message saying what is wrong and what to do, nothing written — the data file's bytes
 * are the same afterwards and no backup was taken.
 */
const suiteDir = useSuiteTempDir()
let dir: string
let db: string
let before: string

beforeAll(async () => {
  dir = suiteDir()
  db = join(dir, '示例市.db')
  expect((await cli('demo', '--db', db)).code).toBe(0)
  before = sha256(db)
})

async function refused(name: string, bytes: Buffer, message: RegExp): Promise<string> {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  const run = await cli('import', path, '--db', db)
  expect(run.code, run.stderr).toBe(2)
  expect(run.stderr).toMatch(message)
  expect(sha256(db)).toBe(before)
  expect(existsSync(join(dir, 'civdesk-backups'))).toBe(false)
  return run.stderr
}

describe('files that are not workbooks CivDesk can read', () => {
  it('an empty file', () => refused('空的.xlsx', emptyFile(), /是空文件（0 字节）/))
  it('a CSV renamed to .xlsx', () =>
    refused('改名的.xlsx', csvRenamed(), /不是 Excel 工作簿.*纯文本.*另存为/))
  it('a PDF renamed to .xlsx', () => refused('报告.xlsx', pdfRenamed(), /PDF 文档/))
  it('a Word document renamed to .xlsx', async () => refused('通知.xlsx', await docxRenamed(), /Word 文档/))
  it('an OpenDocument spreadsheet renamed to .xlsx', async () =>
    refused('表.xlsx', await odsRenamed(), /OpenDocument 表格.*另存为/))
  it('a workbook cut off half-way', async () =>
    refused('半截.xlsx', await truncatedWorkbook(), /已损坏或不完整/))
  it('a file of another kind altogether', async () => {
    const run = await cli('import', join(dir, '台账.csv'), '--db', db)
    expect(run.code).toBe(2)
    expect(sha256(db)).toBe(before)
  })
})

describe('password-protected and legacy workbooks', () => {
  it('a workbook with an open password (an OLE container with EncryptedPackage)', () =>
    refused('加密.xlsx', encryptedWorkbook(), /设置了打开密码.*取消.*另存为 \.xlsx/))
  it('a legacy .xls: advises saving it as .xlsx', () =>
    refused(
      '旧台账.xls',
      legacyXls(),
      /旧版 Excel 97-2003 工作簿（\.xls）.*另存为.*Excel 工作簿（\*\.xlsx）/
    ))
  it.skipIf(!sofficeAvailable())('a real .xls written by LibreOffice', async () => {
    const { ledger } = convertWithSoffice(join(dir, 'lo-xls'), { ledger: await plainLedger() }, 'xls')
    expect(ledger.subarray(0, 4).toString('hex')).toBe('d0cf11e0')
    await refused('旧台账2.xls', ledger, /旧版 Excel 97-2003/)
  })
})

describe('zip bombs and oversized sheets', () => {
  let filler: Buffer
  beforeAll(async () => {
    filler = await deflatedFiller(210)
  })
  it('a zip whose directory admits more than 200 MB', async () =>
    refused('炸弹.xlsx', await zipBomb(filler, 210, true), /超过 210 MB.*压缩炸弹/))
  it('a zip whose directory lies about its size: the inflating itself is capped', async () =>
    refused('伪装炸弹.xlsx', await zipBomb(filler, 210, false), /压缩炸弹/))
  it('a sheet with more rows than the cap', async () =>
    refused('十万行.xlsx', await tooManyRows(100_001), /超过导入上限 100000 行（已数到 100001 行）/))
})

describe('sheets without what a ledger needs', () => {
  it('no recognisable header', async () => refused('公函.xlsx', await noHeaderLedger(), /找不到表头/))
  it('a header without a task column', async () =>
    refused('无任务列.xlsx', await noTaskColumnLedger(), /没有对应“工作任务”的列/))
  it('any row with an error stops the whole import and lists every error with its cell', async () => {
    const stderr = await refused('时限有误.xlsx', await badDatesLedger(), /有8行有误，未导入任何内容/)
    expect(stderr).toMatch(/工作表“任务”第3行 D列（完成时限）：“下半年”不是可识别的日期/)
    expect(stderr).toMatch(/第5行 D列（完成时限）：“6月30日前”没有写年份/)
  })
})
