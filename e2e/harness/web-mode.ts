import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export interface WebMode {
  url: string
  stop(): Promise<void>
}

const ROOT = join(__dirname, '..', '..')

/** CIVDESK_RENDERER_DIR points the web mode at another build of the page (default out/renderer). */
function rendererArgs(): string[] {
  return process.env.CIVDESK_RENDERER_DIR ? ['--renderer', process.env.CIVDESK_RENDERER_DIR] : []
}

/** Starts `npm run web` (the real entry, not a copy) on a data file and waits for the URL it prints. */
export function startWebMode(dataFile: string): Promise<WebMode> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'src/main/web/serve.ts'),
      '--db',
      dataFile,
      ...rendererArgs()
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not start in 60 s:\n${stderr}`)), 60_000)
    let stdout = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout)
      if (!match) return
      clearTimeout(timer)
      resolve({
        url: match[1],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`web mode exited with ${code}:\n${stderr}`))
    })
  })
}
