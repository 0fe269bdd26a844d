// A schema built the first time it is used rather than at import. Building every record schema
// at import cost the start ~36 ms of CPU on a quiet machine (~220 ms at a load of 22), before the
// database even opened, for schemas that only writes, imports and restores use. The schema built
// is the very one the builder returns: validation is exactly as strict.
//
// The stand-in forwards every operation to the built schema, so callers use it as the schema
// itself (parse, safeParse, shape, extend, nullable…). Builders should compose lazy schemas
// through their methods (x.nullable(), x.array(), x.shape): the result then holds the built
// schema, not the stand-in, and bulk validation pays no forwarding per field.
export function lazySchema<S extends object>(build: () => S): S {
  let schema: S | undefined
  const built = (): S => (schema ??= build())
  // The target only stands in; every trap answers from the built schema
  return new Proxy({} as S, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key)
      // A proxy may not report a property its target lacks as non-configurable
      return descriptor && { ...descriptor, configurable: true }
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(built())
  })
}
