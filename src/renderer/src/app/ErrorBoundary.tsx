import { Button, Result, Space } from 'antd'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { reportPageError } from './report-page-error'

interface Props {
  /** Where the boundary sits, for the log (e.g. the page's name). */
  where: string
  children: ReactNode
  /** Changing this (e.g. the page key) clears a shown error. */
  resetKey?: string
}

/**
 * A failure while drawing a page becomes a Chinese message with a way forward, never a stack trace or
 * a blank window; the details go to the log file through the main process. The data file is untouched:
 * every write is a transaction that either happened or did not.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean; resetKey?: string }> {
  override state: { failed: boolean; resetKey?: string } = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; resetKey?: string }) {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    reportPageError(this.props.where, error, info.componentStack ?? undefined)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <Result
        status="warning"
        title="这个页面出现了问题"
        subTitle="已把详细情况记入日志文件，数据没有受到影响。可以重新加载后继续工作；如反复出现，请把日志文件发给管理员。"
        extra={
          <Space>
            <Button type="primary" onClick={() => window.location.reload()}>
              重新加载
            </Button>
            <Button onClick={() => this.setState({ failed: false })}>再试一次</Button>
          </Space>
        }
      />
    )
  }
}
