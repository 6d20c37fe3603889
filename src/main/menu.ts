import { Menu, type MenuItemConstructorOptions } from 'electron'

/** The window's menu in Chinese; editing roles keep copy/paste and undo working in every field. */
export function buildMenu(actions: { about(): void; isDev: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' }
      ]
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...(actions.isDev
          ? ([
              { role: 'reload', label: '重新加载' },
              { role: 'toggleDevTools', label: '开发者工具' }
            ] as const)
          : [])
      ]
    },
    { label: '帮助', submenu: [{ label: '关于文明办工作台', click: actions.about }] }
  ]
  return Menu.buildFromTemplate(template)
}
