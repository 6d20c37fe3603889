/** Electron passes listeners an event object first; preventDefault() is how a handler refuses. */
export interface StandInEvent {
  preventDefault(): void
  readonly defaultPrevented: boolean
}

export function electronEvent<T extends object>(extra?: T): StandInEvent & T {
  let prevented = false
  return Object.assign(
    {
      preventDefault() {
        prevented = true
      },
      get defaultPrevented() {
        return prevented
      }
    },
    extra ?? ({} as T)
  )
}
