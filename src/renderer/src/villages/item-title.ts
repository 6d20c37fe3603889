import type { VillageItemDetail } from '../../../shared/contract'

/** 湖里区·塔头社：消防安全 — how a village item is named in titles and messages. */
export function itemTitle(
  d: Pick<VillageItemDetail, 'district' | 'village' | 'community' | 'itemName'>
): string {
  return `${d.district}·${d.community ?? ''}${d.village}：${d.itemName}`
}
