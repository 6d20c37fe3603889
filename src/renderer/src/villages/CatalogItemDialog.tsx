import { Alert, App as AntApp, Form, Input, Modal, Radio, Select, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { z } from 'zod'
import type { CatalogItemRow, UnitOption } from '../../../shared/contract'
import { catalogCreateInput } from '../../../shared/contract/catalog'
import { ITEM_CATEGORIES, ITEM_CATEGORY_LABEL } from '../../../shared/domain'
import { useApiMutation } from '../api/hooks'
import { enterToSubmit } from '../progress/dialog-keys'
import { useFirstFieldFocus } from '../progress/dialog-focus'
import { problemsOf, schemaProblems, showProblems } from '../progress/form-errors'
import { formatCount } from '../../../shared/count-format'

/** The form holds exactly what catalog.create takes. */
type ItemForm = z.output<typeof catalogCreateInput>

const FIELDS = ['category', 'name', 'standard', 'defaultUnitId'] as const

/** 新增 or 编辑 one catalog item: category, name, 标准要求 and the default responsible unit. */
export function CatalogItemDialog(props: {
  /** 'new' to add; an item to edit; null when closed. */
  editing: CatalogItemRow | 'new' | null
  units: UnitOption[]
  onClose(): void
}): React.JSX.Element {
  const { editing, units, onClose } = props
  const { message } = AntApp.useApp()
  const [form] = Form.useForm<ItemForm>()
  const body = useFirstFieldFocus<HTMLDivElement>(editing !== null)
  const [alert, setAlert] = useState<string | null>(null)
  const create = useApiMutation('catalog.create')
  const update = useApiMutation('catalog.update')
  const category = Form.useWatch('category', form)
  const isNew = editing === 'new'

  useEffect(() => {
    if (editing === null) return
    form.setFieldsValue(
      editing === 'new'
        ? { category: 'basic', name: '', standard: '', defaultUnitId: null }
        : {
            category: editing.category,
            name: editing.name,
            standard: editing.standard,
            defaultUnitId: editing.defaultUnitId
          }
    )
  }, [editing, form])

  const close = (): void => {
    setAlert(null)
    onClose()
  }

  const submit = async (): Promise<void> => {
    if (editing === null || create.isPending || update.isPending) return
    const v = form.getFieldsValue()
    const values = {
      category: v.category,
      name: v.name ?? '',
      standard: v.standard ?? '',
      defaultUnitId: v.defaultUnitId ?? null
    }
    form.setFields(FIELDS.map((name) => ({ name, errors: [] })))
    const local = schemaProblems(catalogCreateInput, values, FIELDS)
    if (local.length > 0) return void setAlert(showProblems(form, local))
    try {
      if (editing === 'new') {
        const row = await create.mutateAsync(values)
        void message.success(
          `已新增“${row.name}”` +
            (row.category === 'upgrade'
              ? '；各村默认不适用，请在村事项矩阵中为实施的村开启'
              : `，已为${formatCount(row.applicableVillages)}个城中村建立该事项`)
        )
      } else {
        await update.mutateAsync({ id: editing.id, ...values })
        void message.success(`已保存“${values.name}”`)
      }
      close()
    } catch (error) {
      setAlert(showProblems(form, problemsOf(error, FIELDS)))
    }
  }

  return (
    <Modal
      open={editing !== null}
      title={isNew ? '新增治理事项' : '编辑治理事项'}
      okText="保存"
      cancelText="取消"
      width={640}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      data-testid="catalog-item-dialog"
    >
      <div ref={body} onKeyDown={enterToSubmit(() => void submit())}>
        {alert ? <Alert type="error" showIcon message={alert} style={{ marginBottom: 12 }} /> : null}
        <Form form={form} layout="vertical" aria-label="治理事项">
          <Form.Item name="category" label="类别" required>
            <Radio.Group
              optionType="button"
              options={ITEM_CATEGORIES.map((c) => ({ value: c, label: ITEM_CATEGORY_LABEL[c] }))}
            />
          </Form.Item>
          <Form.Item name="name" label="事项名称" required>
            <Input maxLength={60} aria-label="事项名称" />
          </Form.Item>
          <Form.Item name="standard" label="标准要求">
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
              showCount
              aria-label="标准要求"
            />
          </Form.Item>
          <Form.Item name="defaultUnitId" label="默认责任单位">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="新建村事项时的责任单位（可不选）"
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        </Form>
        {isNew ? (
          <Typography.Text type="secondary">
            {category === 'upgrade'
              ? '提升类事项由各村“一村一策”选择实施：新增后各村默认为“不适用”，在村事项矩阵中为实施的村开启。'
              : '新增后将为每个城中村建立该事项（默认实施，完成时限待定），可在村事项矩阵中批量设置完成时限。'}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">修改类别或名称不改变各村是否实施该事项。</Typography.Text>
        )}
      </div>
    </Modal>
  )
}
