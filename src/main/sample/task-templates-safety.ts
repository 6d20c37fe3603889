import { section, type TaskSection } from './task-template'

/** Sections 一 to 四 of the sample plan: safety, facilities and environment. */
export const SAFETY_SECTIONS: readonly TaskSection[] = [
  section('一、消防安全', 'fire', [
    [
      'pilot',
      '开展试点村出租屋消防安全隐患集中排查整治',
      '对试点村出租屋逐栋建档，重点整治疏散通道堵塞、违规住人、私拉电线等隐患，建立隐患清单并限期销号。',
      ['fire'],
      ['police', 'housing']
    ],
    [
      'pilot',
      '建设试点村电动自行车集中停放充电场所',
      '按照“应建尽建”原则选址建设集中停放充电车棚，配备智能充电桩和视频监控，杜绝电动自行车入户充电。',
      ['fire'],
      ['power', 'housing']
    ],
    [
      'push',
      '实施城中村出租屋消防技术改造',
      '对三层以上出租屋加装独立式烟感报警器、简易喷淋和逃生窗，打通屋顶逃生通道，年底前完成攻坚村技改任务。',
      ['fire'],
      ['housing', 'finance']
    ],
    [
      'push',
      '建设城中村微型消防站',
      '每个城中村建成1个以上微型消防站，配齐消防巡逻车和器材，组建不少于6人的专职队伍，实现3分钟到场。',
      ['fire'],
      ['emergency', 'finance']
    ],
    [
      'push',
      '打通城中村消防车通道',
      '清理占用消防车通道的违章搭盖和杂物，施划消防车通道标线，对“断头路”实施打通改造。',
      ['fire', 'enforcement'],
      ['planning', 'traffic-police']
    ],
    [
      'full-coverage',
      '实现城中村消防设施全覆盖',
      '对全覆盖批次城中村逐村验收消防设施，查漏补缺，确保消防技改、充电场所、微型消防站三项全覆盖。',
      ['fire'],
      ['emergency', 'housing']
    ],
    [
      'push',
      '建立城中村消防网格化巡查机制',
      '将出租屋纳入消防网格，落实网格员每周巡查、房东日常自查，隐患发现、交办、整改、复核闭环管理。',
      ['fire'],
      ['police', 'political-legal'],
      { longTerm: true }
    ]
  ]),
  section('二、用电燃气安全', 'power-gas', [
    [
      'pilot',
      '实施试点村老旧电力线路改造',
      '对试点村老化、破损、裸露的低压线路和表箱进行改造，规范出租屋“一户一表”，消除私拉乱接。',
      ['power'],
      ['housing']
    ],
    [
      'push',
      '开展瓶装液化气专项整治',
      '取缔无证经营的液化气供应点，推行瓶装气实名制配送和气瓶扫码溯源，整治餐饮场所违规使用瓶装气。',
      ['urban-management'],
      ['gas', 'market']
    ],
    [
      'push',
      '推进管道燃气进村入户',
      '结合道路改造同步敷设燃气管网，具备条件的城中村实施管道燃气入户，减少瓶装气使用。',
      ['gas'],
      ['urban-management', 'housing']
    ],
    [
      'full-coverage',
      '完成城中村用电安全隐患整治全覆盖',
      '对全覆盖批次城中村开展用电安全检查，整改电表箱、线路老化和违规充电隐患，建立隐患台账动态清零。',
      ['power'],
      ['fire']
    ],
    [
      'full-coverage',
      '推广餐饮场所燃气泄漏报警装置',
      '城中村餐饮场所全部安装可燃气体泄漏报警器和自动切断阀，纳入燃气安全监管平台实时监测。',
      ['urban-management'],
      ['market', 'gas']
    ]
  ]),
  section('三、设施完善', 'roads', [
    [
      'pilot',
      '开展试点村“蜘蛛网”缆线规整',
      '组织供电和通信运营商对试点村架空缆线分类捆扎、挂牌标识，拆除废弃缆线，做到横平竖直。',
      ['telecom-office'],
      ['power', 'telecom', 'mobile'],
      { topic: 'cables' }
    ],
    [
      'push',
      '推进主要巷道强弱电缆线入地',
      '结合道路改造同步实施缆线入地，统一建设综合管沟，运营商共建共享、集约入廊。',
      ['power', 'telecom-office'],
      ['telecom', 'mobile', 'housing'],
      { topic: 'cables' }
    ],
    [
      'push',
      '实施城中村道路“白改黑”和巷道硬化',
      '对主次道路实施沥青化改造，巷道破损路面全部硬化，同步完善排水和照明设施。',
      ['housing'],
      ['transport']
    ],
    [
      'push',
      '打通城中村巷道微循环',
      '拆除阻断巷道的违章搭盖，打通断头路和瓶颈路，形成内外连通的巷道微循环体系。',
      [],
      ['planning', 'housing'],
      { district: 0 }
    ],
    [
      'full-coverage',
      '规范城中村停车秩序',
      '利用腾退空地建设公共停车场，施划停车泊位，整治乱停乱放，主要道路实现停车有序。',
      ['traffic-police'],
      ['housing', 'urban-management']
    ],
    [
      'push',
      '实施城中村雨污分流改造',
      '按照“雨污分流、应接尽接”原则改造城中村排水管网，污水接入市政管网，消除污水直排。',
      ['parks'],
      ['water-group', 'ecology'],
      { topic: 'drainage' }
    ],
    [
      'full-coverage',
      '完善排水管网，整治积水内涝点',
      '排查城中村积水内涝点，实施管网清淤扩容和排涝设施建设，汛前完成整治。',
      ['water'],
      ['parks'],
      { topic: 'drainage' }
    ],
    [
      'full-coverage',
      '实施城中村路灯照明补盲',
      '对无灯、暗灯巷道补装路灯，更换老旧灯具，主要巷道亮灯率达到98%以上。',
      ['parks'],
      ['power']
    ],
    [
      'full-coverage',
      '完成城中村缆线规整全覆盖',
      '对全覆盖批次城中村全面开展缆线规整，建立运营商缆线维护责任清单，防止“蜘蛛网”反弹。',
      ['telecom-office'],
      ['power', 'telecom', 'mobile'],
      { topic: 'cables' }
    ]
  ]),
  section('四、环境整治', 'sanitation', [
    [
      'pilot',
      '开展试点村卫生死角和“三乱”集中整治',
      '组织清理卫生死角、积存垃圾和乱贴乱画，整治乱堆乱放，建立保洁责任区。',
      ['urban-management'],
      ['health']
    ],
    [
      'pilot',
      '新建改造试点村公厕',
      '按照二类以上标准新建或改造公厕，配备无障碍设施，落实专人保洁。',
      ['urban-management'],
      ['parks']
    ],
    [
      'push',
      '推行垃圾分类定时定点投放',
      '撤桶并点，建设分类投放亭，实行定时定点投放和桶边督导，开展入户宣传。',
      ['urban-management'],
      ['publicity'],
      { topic: 'waste-sorting' }
    ],
    [
      'push',
      '开展违法建设集中拆除行动',
      '对城中村违章搭盖全面摸底、分类处置，优先拆除占用消防通道、影响公共安全的违法建设。',
      ['enforcement'],
      ['planning'],
      { topic: 'illegal-building' }
    ],
    [
      'full-coverage',
      '实施裸露土地覆绿和见缝插绿',
      '对拆违腾退后的裸露土地及时覆绿，利用边角地见缝插绿，提升城中村绿化覆盖率。',
      ['parks'],
      ['enforcement']
    ],
    [
      'full-coverage',
      '完善垃圾分类收运体系',
      '配齐分类收运车辆，建设小型压缩站，实现分类投放、分类收集、分类运输全链条覆盖。',
      ['urban-management'],
      ['ecology'],
      { topic: 'waste-sorting' }
    ],
    [
      'full-coverage',
      '巩固违法建设治理成果',
      '运用卫星图斑和无人机巡查，实行违法建设“零增量、减存量”，新增违建发现即拆。',
      ['planning'],
      ['enforcement'],
      { topic: 'illegal-building' }
    ],
    [
      'push',
      '推行城中村环卫保洁市场化运作',
      '通过政府购买服务引入专业保洁企业，实行保洁质量考核与经费拨付挂钩。',
      ['urban-management'],
      ['finance'],
      { longTerm: true }
    ]
  ])
]
