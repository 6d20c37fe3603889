import { DatePicker, Layout, Menu, Space, Spin, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useQueryClient } from '@tanstack/react-query'
import { memo, Suspense, useEffect, useMemo, useState } from 'react'
import { formatChineseDate, localToday } from '../../../shared/civil-date'
import type { AppInfo } from '../../../shared/contract'
import { prefetchApi } from '../api/hooks'
import { useAsOf } from './as-of'
import { ErrorBoundary } from './ErrorBoundary'
import { NavigationContext, type Focus, type Navigation, type PageKey } from './navigation'
import { PAGES } from './pages'
import { OfficeBanner } from '../settings/OfficeBanner'
import { ProvisionalBadge } from './ProvisionalBadge'

const { Sider, Header, Content } = Layout

/**
 * The window's frame: navigation on the left, the 统计截止日期 always in view at the top. Memoised: the 统计截止日期 and the area choice live above it, and only the pages that read them should
 * draw again when they change, not the whole window.
 */
export const Shell = memo(function Shell({ info }: { info: AppInfo }): React.JSX.Element {
  const [page, setPage] = useState<PageKey>('dashboard')
  const [focus, setFocus] = useState<Focus | null>(null)
  const navigation = useMemo<Navigation>(
    () => ({
      page,
      focus,
      navigate: (next, nextFocus) => {
        setPage(next)
        setFocus(nextFocus ?? null)
      },
      clearFocus: () => setFocus(null)
    }),
    [page, focus]
  )
  const { asOf, setAsOf } = useAsOf()
  const current = PAGES.find((p) => p.key === page) ?? PAGES[0]
  const queryClient = useQueryClient()
  useEffect(() => {
    if (current.firstReads) prefetchApi(queryClient, current.firstReads(asOf))
  }, [current, asOf, queryClient])
  const dataFileName = info.dataFile.split(/[\\/]/).pop()

  return (
    <Layout style={{ height: '100%' }}>
      <Sider width={184} theme="dark">
        <div style={{ color: '#fff', padding: '18px 20px', fontSize: 18, fontWeight: 600, letterSpacing: 2 }}>
          文明办工作台
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[page]}
          onClick={({ key }) => navigation.navigate(key as PageKey)}
          items={PAGES.map((p) => ({ key: p.key, icon: p.icon, label: p.label }))}
          aria-label="主导航"
        />
      </Sider>
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            padding: '0 20px',
            borderBottom: '1px solid #e8e8e8'
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }}>
            {current.label}
          </Typography.Title>
          <Space size="large">
            {info.sampleAsOf ? <Tag color="orange">示例数据</Tag> : null}
            <ProvisionalBadge asOf={asOf} />
            <Typography.Text type="secondary" title={info.dataFile}>
              数据文件：{dataFileName}
            </Typography.Text>
            <Space>
              <label htmlFor="as-of-date">统计截止日期</label>
              <DatePicker
                id="as-of-date"
                allowClear={false}
                value={dayjs(asOf)}
                format="YYYY年M月D日"
                // 2025年12月31日 in full, with the calendar icon: 158 px left it no spare pixel.
                style={{ width: 170 }}
                onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))}
                aria-label="统计截止日期"
                data-testid="as-of-date"
                renderExtraFooter={() => (
                  <Space>
                    <a onClick={() => setAsOf(localToday())}>今天</a>
                    {info.sampleAsOf ? <a onClick={() => setAsOf(info.sampleAsOf!)}>示例数据截止日</a> : null}
                  </Space>
                )}
              />
              <Typography.Text type="secondary" data-testid="as-of-text" style={{ display: 'none' }}>
                {formatChineseDate(asOf)}
              </Typography.Text>
            </Space>
          </Space>
        </Header>
        <Content style={{ overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
          <NavigationContext.Provider value={navigation}>
            {info.askOffice ? <OfficeBanner /> : null}
            <ErrorBoundary where={current.label} resetKey={current.key}>
              <Suspense fallback={<Spin style={{ margin: 48 }} />}>{current.render()}</Suspense>
            </ErrorBoundary>
          </NavigationContext.Provider>
        </Content>
      </Layout>
    </Layout>
  )
})
