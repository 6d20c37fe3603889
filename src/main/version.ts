// A named import, so the bundle keeps only the version and not the whole package.json (its scripts and
// dependency list have no business in the shipped main process).
import { version } from '../../package.json'

/** The app's version, from package.json, the same in the CLI, the web mode and the desktop window. */
export const APP_VERSION: string = version
