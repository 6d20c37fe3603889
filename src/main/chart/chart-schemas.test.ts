import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { PNG_MAX_BYTES } from '../../shared/contract/chart'
import { createHandlers } from '../api/handlers'
import { dispatch } from '../api/dispatch'
import { silentLogger } from '../system/logger'
import { sampleContext } from '../village/test-support'

describe('the chart payloads refuse bad input in Chinese, naming the field', () => {
  const handlers = createHandlers(sampleContext())
  const refused = async (method: string, payload: unknown): Promise<string> => {
    const reply = await dispatch(handlers, method, payload, silentLogger)
    if (reply.ok) throw new Error(`${method} accepted ${JSON.stringify(payload).slice(0, 80)}`)
    expect(reply.error.code).toBe('invalid-input')
    return reply.error.message
  }

  it.each([
    ['chart.wall', { asOf: '2025-09-30', mode: 'gantt' }, '挂图类型应为按任务或按村'],
    ['chart.wall', { asOf: '2025-09-30', mode: 'villages', itemId: 0 }, '治理事项无效'],
    ['chart.wall', { asOf: '2025-09-30', mode: 'tasks', areaId: 'x' }, '区域无效'],
    [
      'chart.wall',
      { asOf: '2025-09-30', mode: 'tasks', includeCitywide: 'yes' },
      '是否包含全市性任务应为是或否'
    ],
    ['chart.dashboard', { asOf: '2025-13-01' }, '日期应为有效的'],
    ['chart.savePng', { ref: '../../etc/passwd', dataUrl: 'data:image/png;base64,' }, '文件句柄无效'],
    [
      'chart.savePng',
      { ref: `f_${'0'.repeat(24)}`, dataUrl: 'x'.repeat(Math.ceil((PNG_MAX_BYTES * 4) / 3) + 100) },
      '图片过大，不能超过3 MB'
    ]
  ])('%s %#', async (method, payload, message) => {
    expect(await refused(method, payload)).toContain(message)
  })

  it('a real picture for a handle never issued is refused: the page cannot name where to write', async () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>').render().asPng()
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`
    const reply = await dispatch(
      handlers,
      'chart.savePng',
      { ref: `f_${'a'.repeat(24)}`, dataUrl },
      silentLogger
    )
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: '所选文件已失效，请重新选择文件。' }
    })
  })
})
