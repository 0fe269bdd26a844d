// One language's catalogue: its JSON files (fr/organizations.json holds the keys "organizations.*")
// merged under their file names.
export type Catalogue = Record<string, unknown>

export function collect(files: Record<string, { default: Catalogue }>): Catalogue {
  const out: Catalogue = {}
  for (const [path, module] of Object.entries(files)) {
    const namespace = path
      .split('/')
      .pop()!
      .replace(/\.json$/, '')
    out[namespace] = module.default
  }
  return out
}
