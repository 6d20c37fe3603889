import type { Database } from 'better-sqlite3'
import type { ItemCategory } from '../../shared/domain'
import type { CityUnitKey, SampleUnits } from './units'

/** Report phrases and task topics refer to a catalog item by this key. */
export type ItemKey =
  | 'fire'
  | 'power-gas'
  | 'cables'
  | 'roads'
  | 'drainage'
  | 'sanitation'
  | 'waste-sorting'
  | 'illegal-building'
  | 'rental-housing'
  | 'street-order'
  | 'public-space'
  | 'services'
  | 'heritage'
  | 'business'
  | 'smart-community'
  | 'long-term'

interface ItemSpec {
  key: ItemKey
  category: ItemCategory
  name: string
  standard: string
  defaultUnit: CityUnitKey
}

/**
 * The sample "10+(5)+1" list of domain.md §5.2. It is a sample, not Xiamen's official list (which was
 * not found), so every row carries is_sample = 1 and the UI labels it 示例; the names stay clean.
 */
const ITEMS: readonly ItemSpec[] = [
  {
    key: 'fire',
    category: 'basic',
    name: '消防安全',
    standard:
      '出租屋完成消防技改，每栋按要求配置灭火器、独立式烟感报警器和逃生出口；电动自行车集中停放充电场所全覆盖，严禁入户充电；消防车通道畅通，建成微型消防站并落实3分钟到场要求。',
    defaultUnit: 'fire'
  },
  {
    key: 'power-gas',
    category: 'basic',
    name: '用电燃气安全',
    standard:
      '老旧破损电力线路完成改造，无私拉乱接；瓶装液化气来源可溯、规范存放，餐饮场所全部安装燃气泄漏报警和自动切断装置，具备条件的实施管道燃气入户。',
    defaultUnit: 'power'
  },
  {
    key: 'cables',
    category: 'basic',
    name: '缆线规整',
    standard: '强弱电缆线分类捆扎、标识清晰，无“蜘蛛网”和废弃线缆；主要巷道缆线入地或规范架设。',
    defaultUnit: 'telecom-office'
  },
  {
    key: 'roads',
    category: 'basic',
    name: '道路巷道',
    standard: '主次道路完成“白改黑”，巷道路面硬化平整、无坑洼积水；断头巷道应通尽通，停车秩序规范。',
    defaultUnit: 'housing'
  },
  {
    key: 'drainage',
    category: 'basic',
    name: '雨污分流',
    standard: '雨污管网分流改造完成，污水应收尽收、接入市政管网；无污水直排和路面积水内涝点。',
    defaultUnit: 'parks'
  },
  {
    key: 'sanitation',
    category: 'basic',
    name: '环境卫生',
    standard:
      '保洁全覆盖、日产日清，无卫生死角和“三乱”（乱贴乱画、乱搭乱建、乱堆乱放）；公厕达到二类以上标准。',
    defaultUnit: 'urban-management'
  },
  {
    key: 'waste-sorting',
    category: 'basic',
    name: '垃圾分类',
    standard: '设置定时定点分类投放点并有专人督导，分类收运体系健全，居民分类投放准确率达到80%以上。',
    defaultUnit: 'urban-management'
  },
  {
    key: 'illegal-building',
    category: 'basic',
    name: '违法建设治理',
    standard: '违章搭盖完成拆除或依法处置，实现违法建设“零增量、减存量”，拆后场地及时清理利用。',
    defaultUnit: 'planning'
  },
  {
    key: 'rental-housing',
    category: 'basic',
    name: '出租屋与流动人口管理',
    standard: '出租屋和流动人口信息登记准确率达到95%以上，视频门禁覆盖主要出入口，治安案件明显下降。',
    defaultUnit: 'police'
  },
  {
    key: 'street-order',
    category: 'basic',
    name: '市容秩序与诚信经营',
    standard: '无占道经营和店外经营，落实“门前三包”；经营户明码标价、亮照经营，签订文明诚信经营公约。',
    defaultUnit: 'market'
  },
  {
    key: 'public-space',
    category: 'upgrade',
    name: '公共空间',
    standard: '利用拆违腾退空间建成口袋公园、小广场或健身场地，配套休憩设施和绿化，并落实日常管护。',
    defaultUnit: 'parks'
  },
  {
    key: 'services',
    category: 'upgrade',
    name: '便民服务',
    standard: '建成邻里中心或村民会客厅，提供养老托幼、政务代办等便民服务，构建15分钟便民生活圈。',
    defaultUnit: 'civil-affairs'
  },
  {
    key: 'heritage',
    category: 'upgrade',
    name: '文化传承',
    standard: '完成古厝、祠堂等历史建筑普查建档，修缮活化不少于1处，并开展民俗文化展示活动。',
    defaultUnit: 'culture-tourism'
  },
  {
    key: 'business',
    category: 'upgrade',
    name: '业态提升',
    standard: '引导发展民宿、文创等特色业态，规范经营管理；盘活集体物业，村集体经济年收入稳步增长。',
    defaultUnit: 'agriculture'
  },
  {
    key: 'smart-community',
    category: 'upgrade',
    name: '智慧社区',
    standard: '接入全市智慧社区平台，实现出租屋、消防、安防等数据共享，网格事件线上流转、按时办结。',
    defaultUnit: 'data'
  },
  {
    key: 'long-term',
    category: 'long-term',
    name: '长效管理机制',
    standard:
      '建立党建引领的村（居）治理机制，修订村规民约，推行物业化和网格化管理；纳入常态长效测评，问题发现整改闭环。',
    defaultUnit: 'publicity'
  }
]

export interface CatalogItem {
  id: number
  key: ItemKey
  category: ItemCategory
  name: string
  defaultUnitId: number
}

export function insertCatalog(db: Database, units: SampleUnits): CatalogItem[] {
  const insert = db.prepare(
    `INSERT INTO governance_item (category, sort_order, name, standard, default_unit_id, is_sample)
     VALUES (?, ?, ?, ?, ?, 1)`
  )
  return ITEMS.map((spec, index) => {
    const defaultUnitId = units.byKey.get(spec.defaultUnit)
    if (defaultUnitId === undefined) throw new Error(`catalog unit ${spec.defaultUnit} missing`)
    const id = Number(
      insert.run(spec.category, index + 1, spec.name, spec.standard, defaultUnitId).lastInsertRowid
    )
    return { id, key: spec.key, category: spec.category, name: spec.name, defaultUnitId }
  })
}
