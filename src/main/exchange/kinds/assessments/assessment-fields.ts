/** The columns of an evaluators' workbook (第三方测评结果), in the order the mapping step lists them. */
export const ASSESSMENT_FIELD_LABEL = {
  district: '区',
  town: '镇(街)',
  village: '村(居)',
  point: '点位',
  pointType: '点位类型',
  criterion: '测评内容',
  max: '满分',
  deduction: '扣分',
  score: '得分',
  description: '问题描述',
  location: '位置',
  photos: '照片',
  foundBy: '发现方式',
  foundOn: '发现日期'
} as const
export type AssessmentField = keyof typeof ASSESSMENT_FIELD_LABEL

/** Without a 点位 column a row cannot be placed; without 测评内容 or a score nothing can be scored. */
export const ASSESSMENT_REQUIRED: readonly AssessmentField[] = ['point']

export const ASSESSMENT_HEADER_WORDS: Record<AssessmentField, readonly string[]> = {
  district: ['区', '所属区', '区县', '行政区', '被测区'],
  town: ['镇(街)', '镇街', '镇(街道)', '街道(镇)', '街镇', '镇', '街道', '所属镇街'],
  village: ['村(居)', '村居', '村(社区)', '社区(村)', '社区', '村'],
  point: ['点位', '点位名称', '测评点位', '考察点位', '测评点', '点位名'],
  pointType: ['点位类型', '点位类别', '类型', '点位分类'],
  criterion: ['测评内容', '测评项目', '测评指标', '指标', '测评标准', '问题类别', '扣分项'],
  max: ['满分', '分值', '标准分', '应得分'],
  deduction: ['扣分', '扣分值', '扣分分值', '扣除分数'],
  score: ['得分', '实得分', '测评得分', '分数'],
  description: ['问题描述', '存在问题', '问题', '问题情况', '发现问题'],
  location: ['位置', '具体位置', '问题位置', '地点', '详细地址'],
  photos: ['照片', '图片', '照片编号', '佐证照片'],
  foundBy: ['发现方式', '测评方式', '来源'],
  foundOn: ['发现日期', '测评日期', '检查日期', '日期', '暗访日期']
}
