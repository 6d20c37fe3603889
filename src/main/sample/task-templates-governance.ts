import { section, type TaskSection } from './task-template'

/** Sections 五 to 八 of the sample plan: social governance, upgrades, long-term mechanism, organisation. */
export const GOVERNANCE_SECTIONS: readonly TaskSection[] = [
  section('五、社会治理', 'rental-housing', [
    [
      'pilot',
      '试点推行出租屋“旅馆式”管理',
      '在试点村推行出租屋“旅馆式”管理，房东或管理员落实来访登记、信息报送和安全巡查责任。',
      ['police'],
      ['housing']
    ],
    [
      'pilot',
      '建设试点村视频门禁系统',
      '在出租屋和巷道出入口安装人脸识别视频门禁，接入公安视频专网。',
      ['police'],
      ['data']
    ],
    [
      'push',
      '开展流动人口和出租屋信息采集登记',
      '组织网格员和派出所民警入户采集流动人口和出租屋信息，实现“以房管人”。',
      ['police'],
      ['political-legal']
    ],
    [
      'push',
      '整治占道经营和店外经营',
      '划定临时疏导点，取缔占道经营，规范店外经营和广告招牌设置。',
      ['urban-management'],
      ['market', 'enforcement'],
      { topic: 'street-order' }
    ],
    [
      'push',
      '开展诚信经营示范街创建',
      '推行明码标价、亮照经营，组织经营户签订文明诚信经营公约，评选诚信示范店。',
      ['market'],
      ['publicity'],
      { topic: 'street-order' }
    ],
    [
      'full-coverage',
      '整治城中村食品小作坊和小餐饮',
      '对食品小作坊、小餐饮开展登记备案和规范提升，推行“明厨亮灶”。',
      ['market'],
      ['health'],
      { topic: 'street-order' }
    ],
    [
      'full-coverage',
      '落实“门前三包”责任制',
      '与沿街经营户全面签订“门前三包”责任书，实行定期检查和星级评定。',
      ['urban-management'],
      ['market'],
      { topic: 'street-order' }
    ],
    [
      'full-coverage',
      '健全矛盾纠纷多元化解机制',
      '在城中村设立调解室，吸纳乡贤和老党员参与调解，矛盾纠纷就地化解率达到90%以上。',
      ['political-legal'],
      ['civil-affairs']
    ],
    [
      'full-coverage',
      '整治群租房和违规住人',
      '排查整治群租房、“三合一”场所违规住人问题，依法清理不符合安全条件的出租房间。',
      ['housing'],
      ['police', 'fire']
    ]
  ]),
  section('六、功能提升', 'public-space', [
    [
      'pilot',
      '建设试点村口袋公园',
      '利用拆违腾退空间建设口袋公园和小广场，配套休憩座椅、健身器材和绿化。',
      ['parks'],
      ['planning']
    ],
    [
      'push',
      '建设邻里中心和村民会客厅',
      '整合村居闲置用房，建设集养老托幼、政务代办、议事协商于一体的邻里中心。',
      ['civil-affairs'],
      ['organization', 'health'],
      { topic: 'services' }
    ],
    [
      'push',
      '推进古厝保护活化利用',
      '完成城中村古厝、祠堂普查建档，对有价值的古厝实施修缮，植入文化展示、公共服务等功能。',
      ['culture-tourism'],
      ['planning', 'housing'],
      { topic: 'heritage' }
    ],
    [
      'push',
      '规范提升城中村民宿',
      '制定城中村民宿管理办法，开展消防、治安、卫生联合检查，培育一批特色精品民宿。',
      ['culture-tourism'],
      ['fire', 'police', 'market'],
      { topic: 'business' }
    ],
    [
      'full-coverage',
      '盘活村集体物业，发展集体经济',
      '支持村集体通过物业改造、联建联营等方式发展集体经济，推动村集体经营性收入增长。',
      ['agriculture'],
      ['finance', 'development'],
      { topic: 'business' }
    ],
    [
      'full-coverage',
      '建设城中村智慧社区平台',
      '建成城中村智慧社区平台，汇聚出租屋、消防、安防数据，网格事件线上派单、限时办结。',
      ['data'],
      ['police', 'fire'],
      { topic: 'smart-community' }
    ],
    [
      'full-coverage',
      '构建15分钟便民生活圈',
      '补齐菜市场、便利店、卫生服务站等便民设施，打造15分钟便民生活圈。',
      ['civil-affairs'],
      ['market', 'health'],
      { topic: 'services' }
    ],
    [
      'full-coverage',
      '建设新时代文明实践站',
      '每个城中村建成新时代文明实践站，常态化开展志愿服务和移风易俗活动。',
      ['publicity'],
      ['civil-affairs'],
      { topic: 'heritage' }
    ],
    [
      'full-coverage',
      '实施公共空间腾退提升',
      '集中腾退被占用的公共空间，建设小型广场和绿地，拓展居民活动场所。',
      [],
      ['planning', 'parks'],
      { district: 4 }
    ]
  ]),
  section('七、长效机制', 'long-term', [
    [
      'pilot',
      '编制城中村“一村一策”治理方案',
      '按照规划先行原则，逐村编制治理方案，明确治理事项清单、责任单位和完成时限。',
      ['housing'],
      ['planning', 'publicity']
    ],
    [
      'push',
      '推行党建引领城中村治理',
      '建立村党组织领导下的共建共治机制，推动机关党组织与城中村结对共建。',
      ['organization'],
      ['publicity']
    ],
    [
      'push',
      '修订完善村规民约',
      '指导城中村修订村规民约，将垃圾分类、出租屋管理、文明行为等纳入约定。',
      ['civil-affairs'],
      ['publicity']
    ],
    [
      'full-coverage',
      '推行城中村物业化管理',
      '引入专业物业服务或组建村集体物业公司，实现城中村物业化管理全覆盖。',
      ['housing'],
      ['civil-affairs']
    ],
    [
      'full-coverage',
      '完善城中村网格化服务管理',
      '科学划分网格，配齐专兼职网格员，推动网格事项清单化管理。',
      ['political-legal'],
      ['civil-affairs']
    ],
    [
      'push',
      '开展城中村常态长效测评',
      '按季度开展暗访、第三方评估和群众满意度调查，测评结果纳入文明创建考评并通报排名。',
      ['publicity'],
      ['urban-management'],
      { longTerm: true }
    ],
    [
      'full-coverage',
      '运行媒体曝光台问题整改机制',
      '对媒体曝光和群众反映问题建立台账，限期整改、跟踪复查，整改情况定期通报。',
      ['publicity'],
      ['urban-management', 'enforcement'],
      { longTerm: true }
    ]
  ]),
  section('八、组织保障', 'organization', [
    [
      'pilot',
      '印发三年行动方案及配套政策',
      '印发城中村现代化治理三年行动方案，配套出台资金补助、规划审批等支持政策。',
      ['housing'],
      ['development', 'publicity']
    ],
    [
      'pilot',
      '落实试点村治理资金',
      '统筹市区两级财政资金，落实试点村治理专项资金，建立资金拨付台账。',
      ['finance'],
      ['development']
    ],
    [
      'push',
      '开展攻坚年督查考核',
      '对各区和市直部门实行月调度、季通报，将攻坚任务完成情况纳入年度考评。',
      ['publicity'],
      ['organization']
    ],
    [
      'full-coverage',
      '开展三年行动总结评估',
      '对三年行动实施情况开展总结评估，梳理典型经验，形成总结报告。',
      ['housing'],
      ['publicity', 'development']
    ],
    [
      'full-coverage',
      '加强城中村治理宣传报道',
      '开设专题专栏，宣传城中村治理成效和典型经验，营造全民参与氛围。',
      ['publicity'],
      ['culture-tourism']
    ],
    [
      'pilot',
      '开展城中村群众满意度调查',
      '委托第三方每半年开展一次群众满意度调查，调查结果向社会公布。',
      ['publicity'],
      ['development'],
      { longTerm: true }
    ]
  ])
]
