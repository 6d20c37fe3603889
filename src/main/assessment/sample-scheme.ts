import type { AssessmentComponent, BoardRule, SchemeNodeInput } from '../../shared/contract/assessment'

/**
 * The sample quarterly 城中村 常态长效测评 scheme of domain.md §6 [S]: component weights 40/25/15/10/10,
 * 红黑榜 top 3 / bottom 3, the bottom 2 区 called in, a repeat problem deducted twice. Installed only when
 * the clerk asks for it and always marked 示例 (is_sample), never shipped as the city's own scheme.
 */
export const SAMPLE_SCHEME_NAME = '城中村常态长效测评体系（示例，请按本地实际修改）'

export const SAMPLE_COMPONENTS: AssessmentComponent[] = [
  { key: 'field', name: '实地暗访', weight: 40 },
  { key: 'third-party', name: '第三方评估', weight: 25 },
  { key: 'satisfaction', name: '群众满意度', weight: 15 },
  { key: 'media', name: '媒体曝光', weight: 10 },
  { key: 'digital', name: '数字化监测', weight: 10 }
]

export const SAMPLE_BOARDS: BoardRule = { redTop: 3, blackBottom: 3, blackBelow: null, summonBottom: 2 }

const perProblem = (deduct: number) => ({ type: 'per-problem' as const, deduct })

export const SAMPLE_NODES: SchemeNodeInput[] = [
  {
    name: '环境卫生',
    children: [
      {
        name: '公共区域保洁',
        children: [
          {
            name: '道路巷道无暴露垃圾、无卫生死角',
            standard: '主次巷道、房前屋后干净整洁，无暴露垃圾、无积存垃圾、无卫生死角。',
            method: '实地考察',
            component: 'field',
            max: 10,
            rule: perProblem(2)
          },
          {
            name: '公厕干净整洁、设施完好',
            standard: '公厕有专人保洁，无明显异味，设施完好可用。',
            method: '实地考察',
            component: 'field',
            max: 5,
            rule: { type: 'pass-fail' }
          }
        ]
      },
      {
        name: '垃圾分类',
        children: [
          {
            name: '定时定点分类投放',
            standard: '垃圾分类投放点设置规范，定时定点投放，无混投混运。',
            method: '实地考察',
            component: 'field',
            max: 10,
            rule: perProblem(2)
          }
        ]
      }
    ]
  },
  {
    name: '市容秩序',
    children: [
      {
        name: '经营秩序',
        children: [
          {
            name: '无占道经营、出店经营',
            standard: '沿街商户落实门前三包，无占道经营、出店经营。',
            method: '第三方评估',
            component: 'third-party',
            max: 10,
            rule: perProblem(2)
          },
          {
            name: '农贸市场明码标价、分区经营',
            standard: '农贸市场商品明码标价，分区经营，地面无积水、无垃圾。',
            method: '第三方评估',
            objectType: '农贸市场',
            component: 'third-party',
            max: 10,
            rule: perProblem(2)
          }
        ]
      },
      {
        name: '“三乱”治理',
        children: [
          {
            name: '无乱张贴、乱涂写、乱搭建',
            standard: '墙面、电杆等无小广告，无乱涂写，无违章搭盖。',
            method: '第三方评估',
            component: 'third-party',
            max: 10,
            rule: perProblem(1)
          }
        ]
      }
    ]
  },
  {
    name: '安全管理',
    children: [
      {
        name: '消防安全',
        children: [
          {
            name: '出租屋消防设施配备到位',
            standard: '出租屋按规定配备灭火器、烟感报警器，疏散通道畅通。',
            method: '实地考察',
            objectType: '出租屋',
            component: 'field',
            max: 10,
            rule: perProblem(5)
          },
          {
            name: '未发生亡人火灾等重大安全事故',
            standard: '测评周期内未发生亡人火灾等重大安全责任事故。发生的，实行一票否决。',
            method: '材料审核',
            component: 'field',
            max: 10,
            rule: { type: 'pass-fail' },
            veto: true
          }
        ]
      }
    ]
  },
  {
    name: '宣传氛围',
    children: [
      {
        name: '公益广告',
        children: [
          {
            name: '公益广告数量达标',
            standard: '每个点位公益广告不少于4处，得分=实际数量/4×分值。',
            method: '实地考察',
            component: 'field',
            max: 8,
            rule: { type: 'ratio', target: 4 }
          }
        ]
      }
    ]
  },
  {
    name: '群众满意度',
    children: [
      {
        name: '问卷调查',
        children: [
          {
            name: '群众满意率',
            standard: '入户或电话问卷，每个村（居）不少于30份；满意率即为本项得分。',
            method: '问卷调查',
            objectType: '区域',
            component: 'satisfaction',
            max: 100,
            rule: { type: 'per-point-below', target: 100, deduct: 1 }
          }
        ]
      }
    ]
  },
  {
    name: '媒体曝光',
    children: [
      {
        name: '曝光问题整改',
        children: [
          {
            name: '曝光问题按期整改',
            standard: '媒体曝光台曝光的问题在整改时限内整改到位，每有一项未按期整改扣2分。',
            method: '媒体曝光',
            component: 'media',
            max: 10,
            rule: perProblem(2)
          }
        ]
      }
    ]
  },
  {
    name: '数字化监测',
    children: [
      {
        name: '事件办结',
        children: [
          {
            name: '12345及网格事件按期办结率',
            standard: '按期办结率不低于95%，每低1个百分点扣1分，直至本项分值扣完。',
            method: '网络监测',
            component: 'digital',
            max: 10,
            rule: { type: 'per-point-below', target: 95, deduct: 1 }
          }
        ]
      }
    ]
  }
]
