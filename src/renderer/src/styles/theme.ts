import type { ThemeConfig } from 'antd'

/** Chinese UI fonts first: Windows (微软雅黑), then macOS, then the Linux (信创) Noto/思源 faces. */
export const UI_FONT_FAMILY =
  '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'

export const antTheme: ThemeConfig = {
  token: {
    fontFamily: UI_FONT_FAMILY,
    colorPrimary: '#b71c1c',
    borderRadius: 4,
    fontSize: 14
  },
  components: {
    Layout: { siderBg: '#1f2a37', headerBg: '#ffffff', bodyBg: '#f5f6f8' },
    Menu: { darkItemBg: '#1f2a37', darkItemSelectedBg: '#b71c1c' }
  }
}

/** The lights' colours, shared by tags, grid cells, charts and the wall chart. */
export const LIGHT_COLORS = {
  red: '#d32f2f',
  yellow: '#f9a825',
  green: '#2e7d32',
  done: '#607d8b'
} as const
