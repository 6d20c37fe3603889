import { Tag } from 'antd'
import type { LightInfo } from '../../../shared/domain'
import { PROVISIONAL_TITLE } from '../ledger/plain-cells'
import { LIGHT_COLORS } from '../styles/theme'

/**
 * A light in colour and words, never colour alone: 逾期5个工作日, 剩3个工作日, 按期办结; a 估 after a count
 * that runs into a year with no official calendar.
 */
export function LightTag({ info }: { info: LightInfo }): React.JSX.Element {
  const color = info.light
    ? LIGHT_COLORS[info.light]
    : info.outcome === 'late'
      ? '#8d6e63'
      : LIGHT_COLORS.done
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }} data-light={info.light ?? info.outcome ?? ''}>
      {info.label}
      {info.provisional ? (
        <sup className="provisional-mark" title={PROVISIONAL_TITLE} data-provisional="true">
          估
        </sup>
      ) : null}
    </Tag>
  )
}
