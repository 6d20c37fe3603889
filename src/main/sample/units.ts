import type { Database } from 'better-sqlite3'
import type { UnitKind } from '../../shared/domain'
import type { SampleAreas, TownRecord } from './areas'

/** Keys the catalog and the task templates use to name a city unit. */
export type CityUnitKey =
  | 'publicity'
  | 'fire'
  | 'urban-management'
  | 'police'
  | 'traffic-police'
  | 'housing'
  | 'market'
  | 'planning'
  | 'parks'
  | 'water'
  | 'telecom-office'
  | 'development'
  | 'finance'
  | 'civil-affairs'
  | 'culture-tourism'
  | 'agriculture'
  | 'ecology'
  | 'political-legal'
  | 'organization'
  | 'data'
  | 'enforcement'
  | 'emergency'
  | 'health'
  | 'transport'
  | 'power'
  | 'telecom'
  | 'mobile'
  | 'gas'
  | 'water-group'

interface UnitSpec {
  key: CityUnitKey
  name: string
  kind: UnitKind
  aliases: readonly string[]
}

/** City departments and enterprises; the aliases are the 简称 clerks type in Excel 台账. */
const CITY_UNITS: readonly UnitSpec[] = [
  {
    key: 'publicity',
    name: '市委宣传部（市文明办）',
    kind: 'department',
    aliases: ['市文明办', '市委宣传部']
  },
  { key: 'fire', name: '市消防救援支队', kind: 'department', aliases: ['市消防支队', '消防支队'] },
  { key: 'urban-management', name: '市城市管理局', kind: 'department', aliases: ['市城管局'] },
  { key: 'police', name: '市公安局', kind: 'department', aliases: [] },
  { key: 'traffic-police', name: '市公安局交通警察支队', kind: 'department', aliases: ['市交警支队'] },
  { key: 'housing', name: '市住房和城乡建设局', kind: 'department', aliases: ['市住建局'] },
  { key: 'market', name: '市市场监督管理局', kind: 'department', aliases: ['市市场监管局'] },
  { key: 'planning', name: '市自然资源和规划局', kind: 'department', aliases: ['市资源规划局', '市自规局'] },
  { key: 'parks', name: '市市政园林局', kind: 'department', aliases: ['市政园林局'] },
  { key: 'water', name: '市水利局', kind: 'department', aliases: [] },
  { key: 'telecom-office', name: '市通信管理办公室', kind: 'department', aliases: ['市通管办'] },
  { key: 'development', name: '市发展和改革委员会', kind: 'department', aliases: ['市发改委'] },
  { key: 'finance', name: '市财政局', kind: 'department', aliases: [] },
  { key: 'civil-affairs', name: '市民政局', kind: 'department', aliases: [] },
  { key: 'culture-tourism', name: '市文化和旅游局', kind: 'department', aliases: ['市文旅局'] },
  { key: 'agriculture', name: '市农业农村局', kind: 'department', aliases: ['市农业局'] },
  { key: 'ecology', name: '市生态环境局', kind: 'department', aliases: ['市环境局'] },
  { key: 'political-legal', name: '市委政法委员会', kind: 'department', aliases: ['市委政法委'] },
  { key: 'organization', name: '市委组织部', kind: 'department', aliases: [] },
  { key: 'data', name: '市大数据管理局', kind: 'department', aliases: ['市数据局'] },
  { key: 'enforcement', name: '市城市管理行政执法局', kind: 'department', aliases: ['市执法局'] },
  { key: 'emergency', name: '市应急管理局', kind: 'department', aliases: ['市应急局'] },
  { key: 'health', name: '市卫生健康委员会', kind: 'department', aliases: ['市卫健委'] },
  { key: 'transport', name: '市交通运输局', kind: 'department', aliases: ['市交通局'] },
  { key: 'power', name: '国网示例供电公司', kind: 'enterprise', aliases: ['示例供电公司', '市供电公司'] },
  { key: 'telecom', name: '中国电信示例分公司', kind: 'enterprise', aliases: ['示例电信'] },
  { key: 'mobile', name: '中国移动示例分公司', kind: 'enterprise', aliases: ['示例移动'] },
  { key: 'gas', name: '示例市燃气集团有限公司', kind: 'enterprise', aliases: ['市燃气集团'] },
  { key: 'water-group', name: '示例市水务集团有限公司', kind: 'enterprise', aliases: ['市水务集团'] }
]

export interface SampleUnits {
  byKey: ReadonlyMap<CityUnitKey, number>
  /** 区人民政府 by district index. */
  districtGovernments: readonly number[]
  /** 街道办事处 / 镇人民政府 by town area id, for the towns that have one. */
  townGovernments: ReadonlyMap<number, number>
  names: ReadonlyMap<number, string>
  count: number
}

/**
 * Inserts the units: city departments, enterprises, the six district governments and the governments
 * of each district's first town (the same at every scale, since base towns exist at every scale); the
 * other towns report through their district government.
 */
export function insertUnits(db: Database, areas: SampleAreas): SampleUnits {
  const insertUnit = db.prepare('INSERT INTO unit (name, kind, sort_order) VALUES (?, ?, ?)')
  const insertAlias = db.prepare('INSERT INTO unit_alias (alias, unit_id) VALUES (?, ?)')
  const names = new Map<number, string>()
  let sort = 0
  const add = (name: string, kind: UnitKind, aliases: readonly string[]): number => {
    const id = Number(insertUnit.run(name, kind, ++sort).lastInsertRowid)
    for (const alias of aliases) insertAlias.run(alias, id)
    names.set(id, name)
    return id
  }

  const byKey = new Map<CityUnitKey, number>()
  for (const spec of CITY_UNITS) byKey.set(spec.key, add(spec.name, spec.kind, spec.aliases))
  const districtGovernments = areas.districts.map((district) => {
    return add(`${district.name}人民政府`, 'district-government', [`${district.name}政府`, district.name])
  })
  const townGovernments = new Map<number, number>()
  for (const district of areas.districts) {
    const baseTown = areas.towns.find((town) => town.district === district && town.isBase)
    if (baseTown) townGovernments.set(baseTown.id, add(...townUnit(baseTown)))
  }
  return { byKey, districtGovernments, townGovernments, names, count: sort }
}

/** 东湖区湖滨街道办事处 (alias 湖滨街道) or 西岭区枫林镇人民政府 (aliases 枫林镇政府, 枫林镇). */
function townUnit(town: TownRecord): [string, UnitKind, string[]] {
  if (town.name.endsWith('街道')) {
    return [`${town.district.name}${town.name}办事处`, 'town-government', [town.name, `${town.name}办事处`]]
  }
  return [`${town.district.name}${town.name}人民政府`, 'town-government', [town.name, `${town.name}政府`]]
}
