import { AlignmentType, ImageRun, Paragraph } from 'docx'
import { formatChineseDate } from '../../../shared/civil-date'
import type { AreaScore } from '../../../shared/contract/assessment'
import {
  addressee,
  attachmentLabel,
  attachmentNote,
  blank,
  body,
  heading,
  signature,
  title
} from '../../documents/layout/blocks'
import { colophon, type ColophonLine } from '../../documents/layout/colophon'
import { runs, SIZE } from '../../documents/layout/fonts'
import { packDocument } from '../../documents/layout/pack'
import { gbSection } from '../../documents/layout/page'
import { dataTable } from '../../documents/layout/tables'
import { firstLevel, percentText, secondLevel } from '../../documents/wording'
import { letterhead } from '../../notice/notice-docx'
import { districtsOf, townsOf, type BulletinContent } from './bulletin-content'
import { rankingChart } from './ranking-chart'
import { problemText } from './problem-text'

export const BULLETIN_ATTACHMENT = '测评问题清单'

/** 2 decimals as printed everywhere (the figure `assess score` gives). */
export const scoreText = (n: number | null): string => (n === null ? '—' : n.toFixed(2))

/** ↑2 / ↓1 / 持平 / — (not ranked last round). */
export function rankChangeText(change: number | null): string {
  if (change === null) return '—'
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '持平'
}

export function scoreChangeText(change: number | null): string {
  if (change === null) return '—'
  return change > 0 ? `+${change.toFixed(2)}` : change.toFixed(2)
}

export function bulletinTitle(round: string): string[] {
  return [`关于${round}城中村`, '常态长效测评情况的通报']
}

function overall(c: BulletinContent): Paragraph[] {
  const p = c.score.problems
  const districts = districtsOf(c).filter((d) => d.total !== null)
  const mean =
    districts.length === 0 ? null : districts.reduce((s, d) => s + (d.total ?? 0), 0) / districts.length
  return [
    heading(1, `${firstLevel(1)}总体情况`),
    body(
      `本轮测评共抽查点位${c.points}个，发现问题${p.total}个${c.repeats > 0 ? `（其中反复出现问题${c.repeats}个）` : ''}。` +
        `截至${formatChineseDate(c.asOf)}，已整改销号${p.closed}个，整改销号率${percentText(p.closed, p.total)}；` +
        `尚未销号${p.open}个，其中超过整改时限${p.overdue}个。` +
        (mean === null ? '' : `${districts.length}个区平均得分${scoreText(Math.round(mean * 100) / 100)}分。`)
    )
  ]
}

function districtTable(c: BulletinContent) {
  const comps = c.score.components
  return dataTable(
    [
      { title: '排名', weight: 9 },
      { title: '区', weight: 16 },
      { title: '总分', weight: 13 },
      ...comps.map((k) => ({ title: k.name, weight: 13 })),
      { title: '名次变化', weight: 12 },
      { title: '得分变化', weight: 13 }
    ],
    districtsOf(c).map((d) => [
      d.rank === null ? '—' : String(d.rank),
      d.name,
      scoreText(d.total),
      ...comps.map((k) => scoreText(d.components[k.key] ?? null)),
      rankChangeText(d.rankChange),
      scoreChangeText(d.scoreChange)
    ]),
    { size: SIZE.wu }
  )
}

function townTable(towns: readonly AreaScore[]) {
  return dataTable(
    [
      { title: '排名', weight: 10 },
      { title: '镇(街)', weight: 30 },
      { title: '总分', weight: 16 },
      { title: '名次变化', weight: 16 },
      { title: '得分变化', weight: 16 },
      { title: '榜单', weight: 14 }
    ],
    towns.map((t) => [
      t.rank === null ? '—' : String(t.rank),
      t.name,
      scoreText(t.total),
      rankChangeText(t.rankChange),
      scoreChangeText(t.scoreChange),
      t.board === 'red' ? '红榜' : t.board === 'black' ? '黑榜' : ''
    ]),
    { size: SIZE.wu }
  )
}

function chart(c: BulletinContent): Paragraph[] {
  const image = rankingChart(districtsOf(c))
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: 'auto' },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height }
        })
      ]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 400, lineRule: 'exact', after: 120 },
      children: runs('图1　各区测评总分', 'heiti', { size: SIZE.xiaosi, characterSpacing: 0 })
    })
  ]
}

function ranking(c: BulletinContent): (Paragraph | ReturnType<typeof dataTable>)[] {
  const districts = districtsOf(c)
  const prev = c.score.previousRound
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [
    heading(1, `${firstLevel(2)}测评排名`),
    body(
      `各区测评得分及排名见表1${prev ? `（名次变化、得分变化与${prev}相比）` : '（本轮为首次测评，无上轮比较）'}。` +
        '总分按各测评类别得分加权计算，缺项类别不计入权重。'
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: 400, lineRule: 'exact' },
      children: runs('表1　各区测评得分及排名', 'heiti', { size: SIZE.xiaosi, characterSpacing: 0 })
    }),
    districtTable(c),
    ...chart(c)
  ]
  districts.forEach((d, i) => {
    const towns = townsOf(c, d.name)
    if (towns.length === 0) return
    out.push(heading(2, `${secondLevel(i + 1)}${d.name}各镇(街)排名`), townTable(towns))
  })
  return out
}

function boards(c: BulletinContent): Paragraph[] {
  const districts = districtsOf(c)
  const names = (list: AreaScore[]) => list.map((d) => d.name).join('、')
  const red = districts.filter((d) => d.board === 'red')
  const black = districts.filter((d) => d.board === 'black')
  const towns = c.score.areas.filter((a) => a.level === 'town')
  const redTowns = towns.filter((t) => t.board === 'red')
  const blackTowns = towns.filter((t) => t.board === 'black')
  const summoned = districts.filter((d) => d.summoned)
  const vetoed = c.score.areas.filter((a) => a.veto && a.level !== 'village')
  return [
    heading(1, `${firstLevel(3)}红黑榜`),
    body(
      `红榜（区）：${red.length > 0 ? names(red) : '无'}。黑榜（区）：${black.length > 0 ? black.map((d) => `${d.name}（${d.boardReason}）`).join('、') : '无'}。`
    ),
    body(
      `红榜（镇街）：${redTowns.length > 0 ? names(redTowns) : '无'}。黑榜（镇街）：${blackTowns.length > 0 ? blackTowns.map((t) => `${t.name}（${t.boardReason}）`).join('、') : '无'}。`
    ),
    ...(vetoed.length > 0
      ? [body(`实行一票否决：${vetoed.map((v) => `${v.name}（${v.vetoReasons.join('、')}）`).join('；')}。`)]
      : []),
    ...(summoned.length > 0 ? [body(`按照规定，对排名靠后的${names(summoned)}分管负责同志进行约谈。`)] : [])
  ]
}

/** At most this many problems per 区 in the 正文; the 附件 lists them all. */
const MAIN_PER_DISTRICT = 8

function mainProblems(c: BulletinContent): Paragraph[] {
  const out: Paragraph[] = [heading(1, `${firstLevel(4)}存在的主要问题`)]
  const byDistrict = new Map<string, typeof c.problems>()
  for (const p of c.problems) byDistrict.set(p.district, [...(byDistrict.get(p.district) ?? []), p])
  let n = 0
  for (const d of districtsOf(c)) {
    const list = byDistrict.get(d.name)
    if (!list || list.length === 0) continue
    n++
    const main = [...list]
      .sort((a, b) => b.deduction - a.deduction || a.id - b.id)
      .slice(0, MAIN_PER_DISTRICT)
    const byTown = new Map<string, typeof main>()
    for (const p of main) byTown.set(p.town || '区直', [...(byTown.get(p.town || '区直') ?? []), p])
    const lines = [...byTown].map(
      ([town, ps]) =>
        `${town}：${ps.map((p) => `${p.point}，${p.description || p.criterion}${p.repeat ? '（反复出现）' : ''}`).join('；')}`
    )
    out.push(heading(2, `${secondLevel(n)}${d.name}`, `共发现问题${list.length}个。${lines.join('。')}。`))
  }
  if (n === 0) out.push(body('本轮测评未发现问题。'))
  return out
}

function requirements(c: BulletinContent): Paragraph[] {
  const due = `${formatChineseDate(c.deadline)}（含）前`
  return [
    heading(1, `${firstLevel(5)}整改要求`),
    heading(
      2,
      `${secondLevel(1)}限期整改到位。`,
      `各区要对照附件所列问题，逐一明确责任单位和整改措施，于${due}完成整改，并将整改情况书面报送${c.officeShortName}。`
    ),
    heading(
      2,
      `${secondLevel(2)}严防问题反弹。`,
      '对反复出现的问题要深挖根源，建立长效管理机制；下一轮测评中再次出现的，将加重扣分。'
    ),
    heading(2, `${secondLevel(3)}强化结果运用。`, '测评结果纳入年度文明创建考评，与评先评优挂钩。')
  ]
}

function attachmentTable(c: BulletinContent) {
  return dataTable(
    [
      { title: '序号', weight: 8 },
      { title: '区', weight: 11 },
      { title: '镇(街)', weight: 13 },
      { title: '点位', weight: 16 },
      { title: '问题', weight: 30, align: 'left' },
      { title: '扣分', weight: 8 },
      { title: '责任单位', weight: 14 }
    ],
    c.problems.map((p, i) => [
      String(i + 1),
      p.district,
      p.town,
      p.point,
      problemText(p),
      String(p.deduction),
      p.unit ?? '待交办'
    ]),
    { size: SIZE.wu }
  )
}

/** The 测评通报 in the GB/T 9704 文件格式: 版头, 正文 in five parts, 附件 problem list, 版记. */
export async function buildBulletin(c: BulletinContent): Promise<Buffer> {
  const copy: ColophonLine[] = c.copyTo ? [{ left: `抄送：${c.copyTo.replace(/[。.]$/, '')}。` }] : []
  const children = [
    ...letterhead(c),
    ...blank(2),
    title(bulletinTitle(c.score.round)),
    ...blank(1),
    addressee('各区文明办，市直有关单位'),
    body(
      `根据《${c.schemeName.replace(/（示例.*）$/, '')}》${c.isSample ? '（示例体系）' : ''}，` +
        `${c.officeShortName}组织开展了${c.score.round}城中村常态长效测评。现将测评情况通报如下：`
    ),
    ...overall(c),
    ...ranking(c),
    ...boards(c),
    ...mainProblems(c),
    ...requirements(c),
    ...blank(1),
    ...attachmentNote([BULLETIN_ATTACHMENT]),
    ...signature(c.officeName, formatChineseDate(c.issuedOn)),
    attachmentLabel('附件'),
    ...blank(1),
    title(BULLETIN_ATTACHMENT),
    ...blank(1),
    attachmentTable(c),
    ...colophon([
      ...(copy.length > 0 ? [copy] : []),
      [{ left: c.officeName, right: `${formatChineseDate(c.issuedOn)}印发` }]
    ])
  ]
  return packDocument(
    { title: `${c.number} ${bulletinTitle(c.score.round).join('')}`, creator: c.officeShortName },
    [gbSection(children)]
  )
}
