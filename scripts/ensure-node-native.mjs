// better-sqlite3 is compiled for one runtime at a time: `npm start` rebuilds it for Electron, while the
// tests, the CLI and the web mode run under Node. This puts the Node build back when it is missing.
import { execSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const Database = require('better-sqlite3')
  new Database(':memory:').close()
} catch (error) {
  if (
    !/NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF|not a valid Win32/.test(
      String(error)
    )
  )
    throw error
  console.error('better-sqlite3 was built for Electron; rebuilding it for Node (npm rebuild better-sqlite3)…')
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
}
