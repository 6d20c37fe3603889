/**
 * A map's value for a key the generator itself put there (a unit it inserted, a task it drafted). A
 * missing one is a bug in the generator, so it stops with an error rather than writing undefined.
 */
export function known<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Sample generator: nothing recorded for ${String(key)}`)
  return value
}
