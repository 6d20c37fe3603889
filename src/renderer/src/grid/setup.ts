import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale'
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community'
import { UI_FONT_FAMILY } from '../styles/theme'

// Registered once before any grid, or ag-grid 36 silently ignores localeText and other features (#200).
ModuleRegistry.registerModules([AllCommunityModule])

export const gridLocaleText: Record<string, string> = AG_GRID_LOCALE_CN

export const gridTheme = themeQuartz.withParams({
  fontFamily: UI_FONT_FAMILY,
  fontSize: 13,
  headerFontWeight: 600,
  rowHeight: 36,
  headerHeight: 38,
  accentColor: '#b71c1c',
  wrapperBorderRadius: 4
})
