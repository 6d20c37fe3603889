import { countUrbanVillages } from '../../../ledger/village-item-queries'
import { kindFields, type ImportKind } from '../import-kind'
import { villageMatrixWorkbook } from './export-villages'
import { villageExportData } from './village-export-data'
import { applyVillageItems } from './village-apply'
import { VILLAGE_HEADER_WORDS, VILLAGE_FIELD_LABEL, VILLAGE_REQUIRED } from './village-fields'
import { planVillageItems, type PlannedVillageItem } from './village-plan'
import { newVillageUnits, villagePreviewRow } from './village-preview'
import { readVillageRows } from './village-rows'

/** 村治理事项 in long form: one row per urban village and catalog item (issue 4 §5). */
export const villageImport: ImportKind<PlannedVillageItem> = {
  info: {
    kind: 'villages',
    title: '村治理事项',
    importLabel: '导入村治理事项',
    fields: kindFields(VILLAGE_FIELD_LABEL, VILLAGE_REQUIRED),
    export: { label: '导出村事项', counted: '个城中村' }
  },
  headerWords: VILLAGE_HEADER_WORDS,
  requiredFields: VILLAGE_REQUIRED,
  wording: {
    noHeader: '前20行中找不到表头（应有“区、镇(街)、村(居)、治理事项、责任单位、完成时限”等列名）',
    missingKey: '没有“治理事项”或“村(居)”列，未读取',
    belongsHere: '这是村治理事项明细表（有“治理事项”和“村(居)”列），请用“导入村治理事项”导入'
  },
  plan(db, sheets) {
    const drafts = sheets.flatMap((rows) => readVillageRows(rows))
    return {
      rows: planVillageItems(db, drafts),
      creates: null,
      previewRow: villagePreviewRow,
      newUnits: newVillageUnits,
      apply: applyVillageItems
    }
  },
  async exportWorkbook(ctx, { asOf, rowIds }) {
    const data = villageExportData(ctx, asOf, rowIds)
    // "Filtered" is said in the subtitle only when the grid's filter actually left villages out.
    const filtered = data.villages.length < countUrbanVillages(ctx.db)
    const bytes = await villageMatrixWorkbook(data, asOf, filtered, ctx.settings().yellowWindow)
    return { bytes, rows: data.villages.length }
  }
}
