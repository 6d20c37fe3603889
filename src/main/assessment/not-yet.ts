import { UserError } from '../../shared/errors'

/** A contract method whose service is still being written (the UI branch can already call it). */
export function notYet(): never {
  throw new UserError('conflict', '尚未实现')
}
