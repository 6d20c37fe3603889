import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { chartFontCovers, chartFontPath, CHART_FONT_EXTRA } from '../src/main/documents/charts/chart-font'
import JSZip from 'jszip'
import { body, title } from '../src/main/documents/layout/blocks'
import { fontOf } from '../src/main/documents/layout/fonts'
import { packDocument } from '../src/main/documents/layout/pack'
import { gbSection } from '../src/main/documents/layout/page'
import { gb2312HanziList, needsGbkFont, splitByGb2312 } from '../src/main/documents/layout/gb2312'

import { runsOf } from './documents-fixture'

const PYTHON = '/usr/bin/python3'

describe('GB 2312 coverage decides the face of each run (domain.md §1.9)', () => {
  it('agrees with Python’s gb2312 codec on every CJK unified ideograph', () => {
    // An independent source: Python's codec, run over U+4E00–U+9FFF, lists the hanzi GB 2312 can encode.
    const result = spawnSync(
      PYTHON,
      [
        '-c',
        `import sys
out = []
for cp in range(0x4E00, 0xA000):
    try:
        chr(cp).encode('gb2312'); out.append(chr(cp))
    except UnicodeEncodeError:
        pass
sys.stdout.write(''.join(out))`
      ],
      { encoding: 'utf8' }
    )
    expect(result.status, result.stderr).toBe(0)
    const python = new Set([...result.stdout])
    expect(python.size).toBe(6763)
    const ours = new Set(gb2312HanziList())
    expect(ours.size).toBe(6763)
    for (const ch of python) expect(ours.has(ch), ch).toBe(true)
    for (let cp = 0x4e00; cp < 0xa000; cp++) {
      const ch = String.fromCodePoint(cp)
      expect(needsGbkFont(ch), ch).toBe(!python.has(ch))
    }
  })

  it('flags the sample city’s GBK-only place characters and nothing else in its names', () => {
    expect(needsGbkFont('垵')).toBe(true)
    expect(needsGbkFont('墘')).toBe(true)
    for (const ch of '厝埭浯岙囝新村社，。0A') expect(needsGbkFont(ch), ch).toBe(false)
    expect(splitByGb2312('海沧区新垵村后墘社')).toEqual([
      { text: '海沧区新', gbk: false },
      { text: '垵', gbk: true },
      { text: '村后', gbk: false },
      { text: '墘', gbk: true },
      { text: '社', gbk: false }
    ])
  })

  it('sets 垵 and 墘 in the GBK face of the same role, the rest in the GB2312 face, Latin in Times New Roman', async () => {
    const bytes = await packDocument({ title: 't', creator: 't' }, [
      gbSection([body('新垵村2025年'), title('后墘社')])
    ])
    const zip = await JSZip.loadAsync(bytes)
    const runsXml = runsOf(await zip.file('word/document.xml')!.async('string'))
    expect(runsXml.map((r) => [r.text, r.eastAsia, r.ascii])).toEqual([
      ['新', '仿宋_GB2312', 'Times New Roman'],
      ['垵', '仿宋', 'Times New Roman'],
      ['村2025年', '仿宋_GB2312', 'Times New Roman'],
      ['后', '方正小标宋简体', 'Times New Roman'],
      ['墘', '方正小标宋_GBK', 'Times New Roman'],
      ['社', '方正小标宋简体', 'Times New Roman']
    ])
    expect(fontOf('kaiti', true)).toMatchObject({ eastAsia: '楷体' })
    expect(fontOf('song', false)).toMatchObject({ ascii: '宋体', eastAsia: '宋体' })
  })
})

describe('the chart font', () => {
  it('ships with the app and covers GB 2312 plus the listed place-name characters', () => {
    expect(chartFontPath()).toMatch(/resources[\\/]fonts[\\/]NotoSansSC-GB2312-Regular\.otf$/)
    // The subset's own character map, read by fontTools (an independent reader).
    const result = spawnSync(
      PYTHON,
      [
        '-c',
        `import sys
from fontTools.ttLib import TTFont
cmap = TTFont(sys.argv[1]).getBestCmap()
sys.stdout.write(''.join(chr(c) for c in cmap if 0x4E00 <= c < 0xA000))`,
        chartFontPath()
      ],
      { encoding: 'utf8' }
    )
    if (result.status !== 0 && /No module named 'fontTools'/.test(result.stderr))
      throw new Error('This check reads the font with fontTools: apt-get install -y python3-fonttools')
    expect(result.status, result.stderr).toBe(0)
    const cmap = new Set([...result.stdout])
    for (const ch of gb2312HanziList()) expect(cmap.has(ch), ch).toBe(true)
    for (const ch of CHART_FONT_EXTRA) expect(cmap.has(ch), ch).toBe(true)
    expect(chartFontCovers('东湖区新垵村后墘社')).toBe(true)
    expect(chartFontCovers('㙟')).toBe(false)
  })
})
