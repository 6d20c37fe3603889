import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Scheme, SchemeNode } from '../src/shared/contract'
import { MESSY_ROWS, resultsWorkbook } from '../test/assessment-workbook'
import { cliJson, runCli } from './harness/cli'
import { expect, type Workspace } from './harness/fixtures'
import { AppShell } from './pages/app-shell'
import { AssessmentPage } from './pages/assessment-page'
import { SchemeEditor } from './pages/scheme-editor'

const NEW_ITEM = '门前三包责任牌公示到位'

/** The scheme in force for 2025 as `assess scheme` prints it. */
const schemeOf = (dataFile: string): Scheme =>
  cliJson<Scheme>(['assess', 'scheme', '--db', dataFile, '--year', '2025'])

function nodeByCode(nodes: readonly SchemeNode[], code: string): SchemeNode | undefined {
  for (const n of nodes) {
    if (n.code === code) return n
    const below = nodeByCode(n.children, code)
    if (below) return below
  }
  return undefined
}

const sumOf = (n: SchemeNode): number =>
  n.level === 3 ? (n.max ?? 0) : n.children.reduce((s, c) => s + sumOf(c), 0)

/**
 * The clerk adapts the 测评体系's tree (issue 16): the sample installed, a 测评内容 added under an existing
 * 指标 with a per-problem rule, its 分值 changed, two refused values, the item deleted; each step checked
 * against `assess scheme`. Then a round scored with the version freezes it: no edit actions, and its copy
 * is editable again. `shot` is called at each screen worth a look.
 */
export async function schemeEditingStory(
  page: Page,
  city: Workspace,
  shot: (name: string) => Promise<void>
): Promise<void> {
  await city.open(page)
  await new AppShell(page).goTo('测评')
  const assess = new AssessmentPage(page)
  const scheme = new SchemeEditor(page)
  await assess.openTab('测评体系')
  await assess.installSample.click()
  await expect(assess.sampleTag).toBeVisible()
  // The sample is not yet scored with, so it is edited in place (no copy needed).
  await expect(scheme.locked).toHaveCount(0)

  const sample = schemeOf(city.dataFile)
  const parent = nodeByCode(sample.nodes, '1.1')!
  const top = nodeByCode(sample.nodes, '1')!
  const total = sample.nodes.reduce((s, n) => s + sumOf(n), 0)
  const nextCode = `1.1.${parent.children.length + 1}`
  await expect(scheme.maxOf('1.1')).toHaveText(String(sumOf(parent)))
  await expect(scheme.total).toHaveText(String(total))

  // A 测评内容 under the 指标 1.1, deducted per problem; the dialog opens on its 名称.
  await scheme.action('1.1', '添加下级').click()
  await expect(scheme.dialog).toContainText(`添加测评内容（1.1 ${parent.name} 之下）`)
  await expect(scheme.field('名称')).toBeFocused()
  await scheme.fill({
    name: NEW_ITEM,
    standard: '沿街商户门前三包责任牌统一制作、公示到位，责任人和联系电话清楚。',
    objectType: '背街小巷',
    max: '4',
    rule: '每发现一处问题扣N分',
    deduct: '1'
  })
  await shot('node-dialog')
  await scheme.saveAndClose()
  await expect(scheme.row(nextCode)).toContainText(NEW_ITEM)
  await expect(scheme.row(nextCode)).toContainText('每发现一处问题扣1分，扣完为止')
  await expect(scheme.maxOf(nextCode)).toHaveText('4')
  await expect(scheme.maxOf('1.1')).toHaveText(String(sumOf(parent) + 4))
  await expect(scheme.maxOf('1')).toHaveText(String(sumOf(top) + 4))
  await expect(scheme.total).toHaveText(String(total + 4))
  expect(nodeByCode(schemeOf(city.dataFile).nodes, nextCode)).toMatchObject({
    level: 3,
    name: NEW_ITEM,
    method: '实地考察',
    objectType: '背街小巷',
    component: 'field',
    max: 4,
    rule: { type: 'per-problem', deduct: 1 },
    veto: false
  })

  // Its 分值 raised to 6: the 指标, the 测评项目 and the 合计 follow.
  await scheme.action(nextCode, '编辑').click()
  await expect(scheme.field('名称')).toHaveValue(NEW_ITEM)
  await scheme.fill({ max: '6' })
  await scheme.saveAndClose()
  await expect(scheme.maxOf(nextCode)).toHaveText('6')
  await expect(scheme.maxOf('1.1')).toHaveText(String(sumOf(parent) + 6))
  await expect(scheme.total).toHaveText(String(total + 6))
  expect(nodeByCode(schemeOf(city.dataFile).nodes, nextCode)?.max).toBe(6)
  // The weights card stays one card through the saves (it and the tree are keyed by the version).
  await expect(page.getByTestId('scheme-settings')).toHaveCount(1)
  await shot('edited-tree')

  // Refused values: 分值 0 and an empty 名称, each under its field; nothing saved.
  await scheme.action(nextCode, '编辑').click()
  await scheme.fill({ max: '0' })
  await scheme.save()
  await expect(scheme.fieldError('分值')).toHaveText('分值应大于0')
  await scheme.fill({ max: '6', name: '' })
  await scheme.save()
  await expect(scheme.fieldError('名称')).toHaveText('测评项目名称不能为空')
  await expect(scheme.fieldError('分值')).toHaveCount(0)
  await expect(scheme.field('名称')).toBeVisible()
  await scheme.cancel()
  expect(nodeByCode(schemeOf(city.dataFile).nodes, nextCode)).toMatchObject({ name: NEW_ITEM, max: 6 })

  // A 测评项目's 删除 says what goes with it; the clerk thinks better of it.
  await scheme.action('1', '删除').click()
  const confirm = page.locator('.ant-popconfirm:visible')
  await expect(confirm).toContainText(
    `其下${countCriteria(top) + 1}项测评内容（${sumOf(top) + 6}分）将一并删除`
  )
  await confirm.getByRole('button', { name: /^取\s*消$/ }).click()
  await expect(confirm).toHaveCount(0)

  // The new 测评内容 deleted: the tree and `assess scheme` are back to the sample's.
  const said = await scheme.deleteRow(nextCode)
  expect(said).toContain(`删除测评内容 ${nextCode}“${NEW_ITEM}”？`)
  expect(said).toContain('合计分值减少6分')
  await expect(scheme.row(nextCode)).toHaveCount(0)
  await expect(scheme.maxOf('1.1')).toHaveText(String(sumOf(parent)))
  await expect(scheme.total).toHaveText(String(total))
  expect(nodeByCode(schemeOf(city.dataFile).nodes, nextCode)).toBeUndefined()
  expect(nodeByCode(schemeOf(city.dataFile).nodes, '1.1')?.children).toHaveLength(parent.children.length)

  // A round scored with this version freezes it: no row actions, no 添加测评项目.
  await assess.openTab('测评轮次')
  await assess.openDefaultRound()
  const workbook = join(city.dir, '第三方测评结果.xlsx')
  writeFileSync(workbook, await resultsWorkbook(MESSY_ROWS))
  const imported = runCli(['assess', 'import', workbook, '--db', city.dataFile, '--round', '2025年第三季度'])
  expect(imported.status, imported.stderr).toBe(0)
  await page.reload()
  await new AppShell(page).goTo('测评')
  await assess.openTab('测评体系')
  await expect(scheme.locked).toContainText('已用于2025年第三季度')
  await expect(scheme.row('1.1')).toBeVisible()
  await expect(scheme.anyAction).toHaveCount(0)
  await expect(scheme.addItem).toHaveCount(0)
  await shot('frozen')

  // Its copy, 第2版, is the one to edit.
  await scheme.copy.click()
  await expect(page.getByRole('combobox', { name: '测评体系版本' }).locator('..')).toContainText('第2版')
  await expect(scheme.locked).toHaveCount(0)
  await expect(scheme.action('1.1', '添加下级')).toBeVisible()
  await expect(scheme.addItem).toBeVisible()

  // Back on the page later, the tab opens on the version in force (第2版), not the frozen one.
  await page.reload()
  await new AppShell(page).goTo('测评')
  await assess.openTab('测评体系')
  await expect(page.getByRole('combobox', { name: '测评体系版本' }).locator('..')).toContainText('第2版')
  await expect(scheme.addItem).toBeVisible()
}

function countCriteria(n: SchemeNode): number {
  return n.level === 3 ? 1 : n.children.reduce((s, c) => s + countCriteria(c), 0)
}
