import { Typography } from 'antd'

/**
 * Says that an edited row left the ledger's filter. The live region stays in the page when empty, since
 * a screen reader only reads changes of a region it already knows.
 */
export function LeftFilterNotice(props: { text: string | null }): React.JSX.Element {
  return (
    <span role="status" aria-live="polite" data-testid="left-filter-notice" className="left-filter-notice">
      {props.text && <Typography.Text type="warning">{props.text}</Typography.Text>}
    </span>
  )
}
