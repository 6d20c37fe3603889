/**
 * Name material of the fictional 示例市. Every place and person here is invented; any likeness to a real
 * place comes from the common stock of southern Fujian place-name characters (厝, 垵, 墘, 埭 …), which the
 * documents need anyway: 垵 and 墘 are GBK-only and test the font fallback of 仿宋_GB2312.
 */

export interface DistrictSpec {
  name: string
  /** The district's own towns/streets (镇/街道); they exist at every scale and anchor the town units. */
  towns: readonly string[]
  /** Urban villages at scale 1; scale N has N times as many. */
  urbanVillages: number
  /**
   * Where the 城中村 sits: 'village' = the 村(居) itself; 'group' = a 社 (村民小组) inside a 社区, as in
   * Xiamen's old districts, so the `group` row carries is_urban_village.
   */
  urbanLevel: 'village' | 'group'
  /** How the 村民小组 of a village are named: Minnan 社 names or 第N村民小组. */
  groupStyle: 'she' | 'numbered'
  /** Suffix of the extra towns added at scale > 1. */
  extraTownSuffix: '街道' | '镇'
  /**
   * 0..1, how well the district keeps its deadlines. It drives the village-item outcomes so that the
   * district ranking in briefings is clearly spread (东湖 leads, 北山 trails).
   */
  quality: number
}

export const DISTRICTS: readonly DistrictSpec[] = [
  {
    name: '东湖区',
    towns: ['湖滨街道', '东渡街道', '望海街道', '金榜街道', '凤屿街道', '榕林街道', '碧湖街道'],
    urbanVillages: 20,
    urbanLevel: 'group',
    groupStyle: 'she',
    extraTownSuffix: '街道',
    quality: 0.95
  },
  {
    name: '西岭区',
    towns: ['岭西街道', '新兴街道', '石峰街道', '枫林镇', '松岗镇', '云溪镇'],
    urbanVillages: 18,
    urbanLevel: 'village',
    groupStyle: 'she',
    extraTownSuffix: '镇',
    quality: 0.68
  },
  {
    name: '南港区',
    towns: ['港湾街道', '南屿街道', '渔港街道', '沙坡街道', '龙珠街道', '海埔街道', '观澜街道'],
    urbanVillages: 20,
    urbanLevel: 'group',
    groupStyle: 'she',
    extraTownSuffix: '街道',
    quality: 0.85
  },
  {
    name: '北山区',
    towns: ['北山街道', '凤鸣镇', '白石镇', '桃源镇', '双溪镇', '马鞍镇', '樟坑镇'],
    urbanVillages: 18,
    urbanLevel: 'village',
    groupStyle: 'numbered',
    extraTownSuffix: '镇',
    quality: 0.42
  },
  {
    name: '中洲区',
    towns: ['中洲街道', '洲头街道', '文昌街道', '梧桐街道', '锦华街道', '和平街道'],
    urbanVillages: 14,
    urbanLevel: 'village',
    groupStyle: 'she',
    extraTownSuffix: '街道',
    quality: 0.8
  },
  {
    name: '新城区',
    towns: ['新城街道', '科创街道', '滨海街道', '东坑镇', '洪塘镇', '后湖镇', '莲溪镇'],
    urbanVillages: 18,
    urbanLevel: 'village',
    groupStyle: 'numbered',
    extraTownSuffix: '镇',
    quality: 0.56
  }
]

/** Names given to the first urban village of a district, so that 垵 and 墘 always appear. */
export const FEATURED_VILLAGES: ReadonlyMap<string, string> = new Map([
  ['东湖区', '后墘社'],
  ['西岭区', '新垵村'],
  ['南港区', '垵尾社'],
  ['北山区', '下墘村']
])

/** First and second characters of village roots (新+垵 → 新垵村); strings keep the lists compact. */
export const VILLAGE_HEADS = Array.from(
  '新后前东西南北上下内外顶大小高石林黄陈吴蔡洪许郭曾苏柯庄何杨沙湖溪塘竹莲榕桂金马鹿凤田古'
)
export const VILLAGE_TAILS = Array.from('垵墘厝埭坑尾头浦洲塘坂园林亭井埔兜宅仓美山岭湾屿港桥店边坪墩')

/** Roots of the extra towns added at scale > 1 (金+湖 → 金湖街道). */
export const TOWN_HEADS = Array.from('金银龙凤鹤鹭松柏梅兰竹菊桃杏枫樟荔桂翠瑞福安康宁兴华盛泰')
export const TOWN_TAILS = Array.from('湖山溪江海峰塘湾屿田园桥源丰泉岗')

/** One-character 社 names for the 村民小组 that are not urban villages themselves. */
export const SHE_NAMES = Array.from('顶下东西南北中后前新内外上旧埕潭坑井', (head) => `${head}社`)

const DIGITS = Array.from('零一二三四五六七八九')

/** 1 → 一, 12 → 十二, 40 → 四十 (1..99): for 第N村民小组 and for the numbered names of large scales. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`unsupported number ${n}`)
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`
}

/** 责任领导 of each task section (fictional people). */
export const SECTION_LEADERS: readonly string[] = [
  '林海涛副市长',
  '林海涛副市长',
  '张建国副市长',
  '周立新副市长',
  '王振华副市长、市公安局局长',
  '陈慧敏副市长',
  '黄文彬市委常委、宣传部部长',
  '刘明远常务副市长'
]
