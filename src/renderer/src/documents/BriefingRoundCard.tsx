import { Card, Checkbox, Empty, Switch, Typography } from 'antd'
import type { BriefingPreview } from '../../../shared/contract'

/**
 * What the reporting round of the 统计截止日期 and the latest 测评 add to the 简报 (issues 15, 16): the
 * round's 报送情况 sentence under 总体进展 and the 测评情况 section, each on unless switched off, and the
 * 工作亮点 section from the accepted 亮点做法 the clerk ticks. Shown only when there is something of these.
 */
export function BriefingRoundCard(props: {
  preview: BriefingPreview
  reporting: boolean
  onReporting: (on: boolean) => void
  assessment: boolean
  onAssessment: (on: boolean) => void
  assessmentTitle: string
  picked: number[]
  onPicked: (ids: number[]) => void
  highlightsTitle: string
}): React.JSX.Element | null {
  const { preview, picked } = props
  if (preview.reporting === null && preview.assessment === null && preview.highlights.length === 0)
    return null
  const toggle = (id: number, on: boolean): void =>
    props.onPicked(
      on
        ? preview.highlights.filter((h) => h.id === id || picked.includes(h.id)).map((h) => h.id)
        : picked.filter((p) => p !== id)
    )
  return (
    <Card size="small" title="本期填报与测评" data-testid="briefing-round">
      {preview.reporting !== null ? (
        <SwitchedText
          label="写入报送情况"
          caption="在“一、总体进展”中写入报送情况"
          on={props.reporting}
          onChange={props.onReporting}
          paragraphs={[preview.reporting]}
        />
      ) : null}
      {preview.assessment !== null ? (
        <SwitchedText
          label="写入测评情况"
          caption={`写入“${props.assessmentTitle}”一节（最近一轮测评）`}
          on={props.assessment}
          onChange={props.onAssessment}
          paragraphs={preview.assessment}
        />
      ) : null}
      <Typography.Text strong>
        {props.highlightsTitle}（已选{picked.length}条，共{preview.highlights.length}条已采纳的亮点做法）
      </Typography.Text>
      {preview.highlights.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本轮填报没有已采纳的亮点做法" />
      ) : (
        <ul className="briefing-highlights" aria-label="亮点做法">
          {preview.highlights.map((h) => (
            <li key={h.id}>
              <Checkbox checked={picked.includes(h.id)} onChange={(e) => toggle(h.id, e.target.checked)}>
                <b>
                  {h.unit}
                  {h.itemTitle === '' ? '' : `（${h.itemTitle}）`}
                </b>
                ：{h.text}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

/** A switch over the text it puts in the 简报; the text is struck through while it is off. */
function SwitchedText(props: {
  label: string
  caption: string
  on: boolean
  onChange: (on: boolean) => void
  paragraphs: string[]
}): React.JSX.Element {
  return (
    <div className="briefing-round-reporting">
      <label className="briefing-round-switch">
        <Switch size="small" checked={props.on} onChange={props.onChange} aria-label={props.label} />
        <span>{props.caption}</span>
      </label>
      {props.paragraphs.map((text) => (
        <Typography.Paragraph key={text} type={props.on ? undefined : 'secondary'} delete={!props.on}>
          {text}
        </Typography.Paragraph>
      ))}
    </div>
  )
}
