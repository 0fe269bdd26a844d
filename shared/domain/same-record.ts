// Whether two copies of a record hold the same values, field by field (arrays element by element,
// nested objects one level down). For memoised rows: a live query hands back new objects on every
// re-read, and updatedAt alone can repeat (two edits in one millisecond, a fixed test clock).
type Value = unknown

function sameValue(a: Value, b: Value): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => Object.is(item, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object') return sameFields(a, b, false)
  return false
}

function sameFields(a: object, b: object, deep: boolean): boolean {
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every((key) => {
    const [x, y]: Value[] = [Reflect.get(a, key), Reflect.get(b, key)]
    return deep ? sameValue(x, y) : Object.is(x, y)
  })
}

export function sameRecord(a: object, b: object): boolean {
  return a === b || sameFields(a, b, true)
}
