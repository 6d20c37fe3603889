/**
 * `npm run web -- --db FILE [--port N] [--renderer DIR]`: the local web mode. Prints the URL (with this
 * run's token) on stdout, then serves until interrupted.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createHandlers } from '../api/handlers'
import { assertOpenable, openApp } from '../bootstrap'
import { consoleLogger } from '../system/logger'
import { UserError } from '../../shared/errors'
import { startWebServer } from './server'
import { webPlatform } from './web-platform'
import { lockDataFile, unlockAllDataFiles } from '../store/data-file-lock'
import { systemClock } from '../system/clock'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      renderer: { type: 'string' }
    },
    strict: true
  })
  if (!values.db)
    throw new UserError('invalid-input', '请用 --db 指定数据文件，例如：npm run web -- --db demo.db')
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError('invalid-input', `端口号无效：${values.port}`)
  const rendererDir = resolve(values.renderer ?? join('out', 'renderer'))
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new UserError(
      'invalid-input',
      `找不到界面文件 ${rendererDir}${'/'}index.html，请先运行 npm run build`
    )
  }
  // A damaged file is refused before the lock (or anything else) is written beside it.
  assertOpenable(values.db)
  lockDataFile(resolve(values.db), 'web', systemClock.now())
  // This run's uploads and generated files; removed when the web mode stops.
  const workDir = mkdtempSync(join(tmpdir(), 'civdesk-web-'))
  const ctx = await openApp({
    dataFile: values.db,
    shell: 'web',
    log: consoleLogger,
    platform: webPlatform(workDir)
  })
  const server = await startWebServer({
    handlers: createHandlers(ctx),
    workDir,
    files: ctx.files,
    rendererDir,
    token: randomBytes(24).toString('base64url'),
    port,
    log: consoleLogger
  })
  process.stdout.write(`CivDesk 网页模式：${server.url}\n`)
  const stop = () => {
    void server.close().then(() => {
      ctx.db.close()
      unlockAllDataFiles()
      rmSync(workDir, { recursive: true, force: true })
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
  process.stderr.write(`启动失败：${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
