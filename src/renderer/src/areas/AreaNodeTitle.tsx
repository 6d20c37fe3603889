import type { AreaTreeItem } from './area-tree-data'
import { donePercent } from './area-tree-data'
import { formatCount } from '../../../shared/count-format'

/** A node's name with its rollup: villages, share done, red and yellow items (data-* for tests). */
export function AreaNodeTitle({
  item,
  highlighted
}: {
  item: AreaTreeItem
  highlighted: boolean
}): React.JSX.Element {
  const { counts } = item
  return (
    <span className="area-node" data-area-name={item.name} data-area-key={item.key}>
      <span className={`area-node-name${highlighted ? ' area-node-match' : ''}`} title={item.label}>
        {item.name}
      </span>
      <span
        className="area-node-counts"
        data-testid="area-counts"
        data-villages={counts.villages}
        data-items={counts.items}
        data-done={counts.done}
        data-red={counts.red}
        data-yellow={counts.yellow}
      >
        <span title="城中村数">{counts.villages}村</span>
        <span title={`已办结${formatCount(counts.done)}项，共${formatCount(counts.items)}项`}>
          {donePercent(counts)}%
        </span>
        {counts.red > 0 ? (
          <span className="area-node-red" title={`红灯（逾期）${formatCount(counts.red)}项`}>
            {counts.red}
          </span>
        ) : null}
        {counts.yellow > 0 ? (
          <span className="area-node-yellow" title={`黄灯（临期）${formatCount(counts.yellow)}项`}>
            {counts.yellow}
          </span>
        ) : null}
      </span>
    </span>
  )
}
