import { Resvg } from '@resvg/resvg-js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../test/temp-dir'
import { UserError } from '../../shared/errors'
import { sampleContext } from '../village/test-support'
import { decodePngDataUrl, savePng } from './png-file'

const png = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#d32f2f"/></svg>'
)
  .render()
  .asPng()
const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`

describe("the wall chart's PNG file", () => {
  const tempDir = useTempDir()

  it('writes the picture the page sent to the file chosen for a PNG, and nothing else', () => {
    const ctx = sampleContext()
    const dir = tempDir()
    const target = join(dir, '挂图作战.png')
    const { ref } = ctx.files.register(target, 'png', 'output')
    expect(savePng(ctx, ref, dataUrl)).toEqual({ bytes: png.length, width: 40, height: 30 })
    expect(readFileSync(target).equals(Buffer.from(png))).toBe(true)
    expect(readdirSync(dir)).toEqual(['挂图作战.png'])
    // A handle issued for another purpose cannot be used to write a picture.
    const other = ctx.files.register(join(dir, 'x.docx'), 'docx', 'output')
    expect(() => savePng(ctx, other.ref, dataUrl)).toThrow('所选文件已失效')
  })

  it.each([
    ['a JPEG', 'data:image/jpeg;base64,/9j/4AAQ', '不是 PNG 图片'],
    [
      'text posing as a PNG',
      `data:image/png;base64,${Buffer.from('hello world, not a picture at all!!!!!!!!!!!!!').toString('base64')}`,
      '不是 PNG 图片'
    ],
    [
      'a cut-off PNG',
      `data:image/png;base64,${Buffer.from(png.subarray(0, png.length - 12)).toString('base64')}`,
      '图片不完整'
    ],
    ['broken base64', 'data:image/png;base64,iVBORw0KGgo*', '编码不完整']
  ])('refuses %s with a Chinese reason and writes no file', (_what, bad, reason) => {
    const ctx = sampleContext()
    const target = join(tempDir(), 'x.png')
    const { ref } = ctx.files.register(target, 'png', 'output')
    expect(() => savePng(ctx, ref, bad)).toThrow(reason)
    expect(existsSync(target)).toBe(false)
  })

  it('refuses a picture over the size limit, naming its size', () => {
    const big = Buffer.alloc(3 * 1024 * 1024 + 100)
    Buffer.from(png).copy(big)
    const call = () => decodePngDataUrl(`data:image/png;base64,${big.toString('base64')}`)
    expect(call).toThrow(UserError)
    expect(call).toThrow(/图片过大（3\.0 MB），不能超过3 MB/)
  })
})
