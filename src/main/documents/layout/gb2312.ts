/**
 * Which Chinese characters GB 2312 covers. 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 hold only those 6,763
 * hanzi, so a place name such as 新垵村 or 后墘社 would fall back to whatever font Word picks for 垵 and 墘
 * (domain.md §1.9). Knowing the set lets each run choose a GBK face of the same design for such
 * characters (fonts.ts).
 *
 * The set is built from the GB 2312 hanzi rows (lead bytes 0xB0–0xF7) through the platform's GBK decoder:
 * GBK keeps GB 2312's code points unchanged there. Checked against Python's gb2312 codec in
 * test/documents-fonts.test.ts.
 */
let hanzi: Set<string> | null = null

function gb2312Hanzi(): Set<string> {
  if (hanzi) return hanzi
  const decoder = new TextDecoder('gbk')
  const set = new Set<string>()
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      // Unassigned cells (row 55 ends at 0xD7F9) decode to U+FFFD or to a private-use code point.
      if (ch.length === 1 && isCjkIdeograph(ch)) set.add(ch)
    }
  }
  hanzi = set
  return set
}

/** CJK Unified Ideographs (with Extension A) and the compatibility block. */
export function isCjkIdeograph(ch: string): boolean {
  const cp = ch.codePointAt(0)!
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
}

/** True for a hanzi that a GB2312-only font lacks (垵, 墘); punctuation and Latin are never flagged. */
export function needsGbkFont(ch: string): boolean {
  return isCjkIdeograph(ch) && !gb2312Hanzi().has(ch)
}

/** Every hanzi of GB 2312 (for tests and for the chart font's subset list). */
export function gb2312HanziList(): string[] {
  return [...gb2312Hanzi()]
}

/**
 * Splits text into pieces that a GB2312 font can set and pieces it cannot, keeping the order:
 * "新垵村" → [{text:'新', gbk:false}, {text:'垵', gbk:true}, {text:'村', gbk:false}].
 */
export function splitByGb2312(text: string): { text: string; gbk: boolean }[] {
  const pieces: { text: string; gbk: boolean }[] = []
  for (const ch of text) {
    const gbk = needsGbkFont(ch)
    const last = pieces[pieces.length - 1]
    if (last && last.gbk === gbk) last.text += ch
    else pieces.push({ text: ch, gbk })
  }
  return pieces
}
