import { collect, type Catalogue } from './collect'

export const catalogue = collect(import.meta.glob<{ default: Catalogue }>('./fr/*.json', { eager: true }))
