import { kindFields, type ImportKind } from '../import-kind'
import { ASSESSMENT_FIELD_LABEL, ASSESSMENT_HEADER_WORDS, ASSESSMENT_REQUIRED } from './assessment-fields'
import { planAssessments, type PlannedFinding } from './assessment-plan'
import { readAssessmentRows } from './assessment-rows'

/**
 * 第三方测评结果 (issue 16): the evaluators' workbook, one row per finding or per point and 测评内容, with
 * scores or deductions. It needs `options.round` (the round it belongs to) and, for a second import of
 * the same round, `options.overwrite = "1"` (覆盖).
 */
export const assessmentImport: ImportKind<PlannedFinding> = {
  info: {
    kind: 'assessments',
    title: '测评结果',
    importLabel: '导入测评结果',
    fields: kindFields(ASSESSMENT_FIELD_LABEL, ASSESSMENT_REQUIRED),
    export: null
  },
  headerWords: ASSESSMENT_HEADER_WORDS,
  requiredFields: ASSESSMENT_REQUIRED,
  wording: {
    noHeader: '前20行中找不到表头（应有“区、镇(街)、点位、测评内容、扣分/得分、问题描述”等列名）',
    missingKey: '没有“点位”列，未读取',
    belongsHere: '这是测评结果表（有“点位”和“测评内容”列），请在“测评”页用“导入测评结果”导入'
  },
  plan(db, sheets, _asOf, _fixes, options) {
    return planAssessments(
      db,
      sheets.flatMap((rows) => readAssessmentRows(rows)),
      options
    )
  }
}
