import { Empty, Select, Tabs } from 'antd'
import { useState } from 'react'
import type { RoundInfo } from '../../../shared/contract'
import { useApi } from '../api/hooks'
import { useNavigation, type Focus } from '../app/navigation'
import { ProblemsPanel } from '../assessment/ProblemsPanel'
import { RankingPanel } from '../assessment/RankingPanel'
import { RoundDocumentsPanel } from '../assessment/RoundDocumentsPanel'
import { RoundsPanel } from '../assessment/RoundsPanel'
import { SchemePanel } from '../assessment/SchemePanel'
import '../assessment/assessment.css'

type AssessmentTab = 'scheme' | 'rounds' | 'ranking' | 'problems' | 'documents'

/** The latest quarter first: the round a clerk opens the page for. */
function latest(rounds: readonly RoundInfo[]): RoundInfo | null {
  return rounds.reduce<RoundInfo | null>(
    (best, r) => (best === null || r.year * 10 + r.quarter > best.year * 10 + best.quarter ? r : best),
    null
  )
}

/**
 * 测评: the 常态长效测评 of issue 16. The scheme, the rounds (import, entry by hand, 问卷), the ranking
 * with its drill-down, the problem list through to 销号, and the round's documents. One round is chosen at
 * a time, at the top right, for every tab but the scheme.
 */
export function AssessmentPage(): React.JSX.Element {
  const rounds = useApi('assessment.rounds', {})
  const schemes = useApi('assessment.schemes', {})
  const { focus } = useNavigation()
  const [tab, setTab] = useState<AssessmentTab>('rounds')
  const [chosenId, setChosenId] = useState<number | null>(null)
  // 总览's 测评情况 card opens a round's ranking, or its overdue problems, here: each focus is applied
  // once, while rendering (React's "adjusting state when a prop changes"), and then the clerk's picks rule.
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [applied, setApplied] = useState<Focus | null>(null)
  if (focus?.kind === 'assessment' && focus !== applied) {
    setApplied(focus)
    setChosenId(focus.roundId)
    setTab(focus.tab)
    setOverdueOnly(focus.overdueOnly ?? false)
  }
  const choose = (id: number): void => {
    setChosenId(id)
    setOverdueOnly(false)
  }
  const list = rounds.data ?? []
  const round = list.find((r) => r.id === chosenId) ?? latest(list)
  const hasScheme = (schemes.data ?? []).length > 0

  const needsRound = (children: React.ReactNode): React.ReactNode =>
    round ? (
      children
    ) : (
      <Empty
        style={{ marginTop: 48 }}
        data-testid="no-round"
        description={
          hasScheme
            ? '还没有测评轮次。请在“测评轮次”中新建一个季度的轮次，再导入或录入测评结果。'
            : '还没有测评体系和测评轮次。请先在“测评体系”中载入示例体系，再新建测评轮次。'
        }
      />
    )

  return (
    <div className="page page-fill assessment-page" data-testid="assessment">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as AssessmentTab)}
        tabBarExtraContent={
          list.length > 0 ? (
            <div className="assessment-round-picker">
              <label htmlFor="assessment-round">测评轮次</label>
              <Select
                id="assessment-round"
                style={{ width: 180 }}
                value={round?.id}
                onChange={choose}
                options={list.map((r) => ({ value: r.id, label: r.name }))}
                data-testid="round-picker"
              />
            </div>
          ) : null
        }
        items={[
          { key: 'scheme', label: '测评体系', children: <SchemePanel /> },
          {
            key: 'rounds',
            label: '测评轮次',
            children: (
              <RoundsPanel
                rounds={list}
                roundId={round?.id ?? null}
                onChoose={choose}
                onImported={() => setTab('ranking')}
                hasScheme={hasScheme}
              />
            )
          },
          {
            key: 'ranking',
            label: '排名',
            children: needsRound(round ? <RankingPanel roundId={round.id} /> : null)
          },
          {
            key: 'problems',
            label: '问题清单',
            children: needsRound(
              round ? (
                <ProblemsPanel
                  key={`${round.id}-${overdueOnly}`}
                  roundId={round.id}
                  initialState={overdueOnly ? 'overdue' : null}
                />
              ) : null
            )
          },
          {
            key: 'documents',
            label: '通报与台账',
            children: needsRound(round ? <RoundDocumentsPanel key={round.id} round={round} /> : null)
          }
        ]}
      />
    </div>
  )
}
