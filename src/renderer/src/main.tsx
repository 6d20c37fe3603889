import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { ErrorBoundary } from './app/ErrorBoundary'
import { reportPageError } from './app/report-page-error'
import { antTheme } from './styles/theme'
import './styles/global.css'
import '../../shared/zod-locale'

dayjs.locale('zh-cn')

// Failures outside React's drawing (event handlers, promises) reach the log file too.
window.addEventListener('error', (event) => reportPageError('window', event.error ?? event.message))
window.addEventListener('unhandledrejection', (event) => reportPageError('promise', event.reason))

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } }
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={antTheme}>
      <AntApp style={{ height: '100%' }}>
        <QueryClientProvider client={queryClient}>
          <ErrorBoundary where="应用">
            <App />
          </ErrorBoundary>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>
)
