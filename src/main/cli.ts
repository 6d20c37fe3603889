/** Entry of the headless CLI: `npm run -s cli -- <command> [options]`. */
import { runCli } from './cli/run-cli'
import { consoleLogger } from './system/logger'

runCli(process.argv.slice(2), {
  io: { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  log: consoleLogger
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
