import packageJson from '../../package.json'

/** The app's version, from package.json, the same in the CLI, the web mode and the desktop window. */
export const APP_VERSION: string = packageJson.version
