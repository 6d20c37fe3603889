import { Alert, Empty, Button, Spin } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useApi } from '../api/hooks'
import { useAsOf } from '../app/as-of'
import { useNavigation } from '../app/navigation'
import { OpenRoundDialog } from '../rounds/OpenRoundDialog'
import { RoundList } from '../rounds/RoundList'
import { RoundWorkspace } from '../rounds/RoundWorkspace'
import '../rounds/rounds.css'

/**
 * 填报: reporting rounds. Open a round, write each unit its 填报表, take the returns in and review them,
 * follow who has reported and chase who has not.
 */
export function RoundsPage(): React.JSX.Element {
  const { asOf } = useAsOf()
  const { focus, clearFocus } = useNavigation()
  const rounds = useApi('round.list', {})
  const [chosen, setChosen] = useState<number | null>(null)
  const [opening, setOpening] = useState(false)

  // 总览's 报送情况 card opens its round here, until the clerk picks another.
  const wanted = focus?.kind === 'round' ? focus.id : chosen
  const pick = (id: number): void => {
    setChosen(id)
    if (focus) clearFocus()
  }

  if (rounds.isPending) return <Spin style={{ margin: 48 }} />
  if (rounds.isError)
    return <Alert type="error" showIcon message={rounds.error.message} style={{ margin: 20 }} />
  const list = rounds.data
  const selected = list.some((r) => r.id === wanted) ? wanted : (list[0]?.id ?? null)

  return (
    <div className="page page-fill rounds-page" data-testid="rounds">
      {list.length === 0 ? (
        <Empty
          style={{ marginTop: 64 }}
          data-testid="rounds-empty"
          description="尚未发起填报。发起一轮填报后，CivDesk 为每个责任单位生成各自的填报表，收回后逐单位审核采纳，并跟踪报送情况。"
        >
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpening(true)}
            data-testid="open-round"
          >
            发起填报…
          </Button>
        </Empty>
      ) : (
        <div className="rounds-layout">
          <RoundList
            rounds={list}
            selected={selected}
            asOf={asOf}
            onSelect={pick}
            onOpenRound={() => setOpening(true)}
          />
          {selected !== null ? <RoundWorkspace key={selected} roundId={selected} asOf={asOf} /> : null}
        </div>
      )}
      {opening ? (
        <OpenRoundDialog
          asOf={asOf}
          onClose={() => setOpening(false)}
          onOpened={(id) => {
            setOpening(false)
            pick(id)
          }}
        />
      ) : null}
    </div>
  )
}
