import { collect, type Catalogue } from './collect'

export const catalogue = collect(import.meta.glob<{ default: Catalogue }>('./en/*.json', { eager: true }))
