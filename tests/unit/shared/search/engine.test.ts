import { describe, expect, it } from 'vitest'
import { DEMO_FACTS, generateWorkspace } from '@shared/demo'
import { SearchEngine } from '@shared/search/engine'
import { contact, interaction, organization } from '../../../fixtures/records'

const NOW = new Date('2026-11-25T12:00:00Z')

function demoEngine(): SearchEngine {
  const workspace = generateWorkspace({ size: 'demo', now: NOW })
  const engine = new SearchEngine()
  engine.put('organizations', workspace.organizations)
  engine.put('contacts', workspace.contacts)
  engine.put('opportunities', workspace.opportunities)
  engine.put('interactions', workspace.interactions)
  engine.put('events', workspace.events)
  engine.put('followUps', workspace.followUps)
  return engine
}

const titles = (engine: SearchEngine, query: string, kind: string) =>
  engine
    .search(query, 10)
    .groups.find((group) => group.kind === kind)
    ?.hits.map((hit) => hit.title) ?? []

describe('search over the demo workspace', () => {
  const engine = demoEngine()

  it('finds Éloïse by "eloise", "Eloise", while typing and with one typo', () => {
    for (const query of ['eloise', 'Eloise', 'ELO', 'eloize']) {
      expect(titles(engine, query, 'contact').some((name) => name.startsWith('Éloïse'))).toBe(true)
    }
  })

  it('finds the note about hydrogène vert by "hydrogene" and names its company', () => {
    const group = engine.search('hydrogene vert', 5).groups.find((g) => g.kind === 'interaction')
    expect(group?.total).toBe(1)
    expect(group?.hits[0].text).toContain(DEMO_FACTS.distinctiveNoteWords)
    expect(group?.hits[0].organizationName).toBe(DEMO_FACTS.distinctiveNoteOrganization)
  })

  it('finds the 5 à 7 event by "5 a 7 saguenay"', () => {
    expect(titles(engine, '5 a 7 saguenay', 'event')).toContain(DEMO_FACTS.networkingEvent)
  })

  it('answers nothing to an empty query and to a word found nowhere', () => {
    expect(engine.search('   ', 5).groups).toEqual([])
    expect(engine.search('zzyzzyva', 5).groups).toEqual([])
  })
})

describe('ranking', () => {
  it('ranks name, then name prefix, then an exact word in the notes, then a typo in the name', () => {
    const engine = new SearchEngine()
    engine.put('organizations', [
      organization({ id: 'notes', name: 'Alpha', notes: 'Rencontre à Chicoutimi' }),
      organization({ id: 'name', name: 'Chicoutimi Techno' }),
      organization({ id: 'prefix', name: 'Chicoutimiens associés' }),
      organization({ id: 'typo', name: 'Chicoutimu Conseil' })
    ])
    const hits = engine.search('chicoutimi', 10).groups[0].hits.map((hit) => hit.id)
    expect(hits).toEqual(['name', 'prefix', 'notes', 'typo'])
  })

  it('breaks ties by the most recent, and counts beyond the shown limit', () => {
    const engine = new SearchEngine()
    engine.put(
      'interactions',
      ['2024-01-01', '2026-01-01', '2025-01-01'].map((day, at) =>
        interaction({ id: `i${at}`, title: 'Suivi du crédit RS&DE', occurredAt: `${day}T15:00:00.000Z` })
      )
    )
    const group = engine.search('credit rs', 2).groups[0]
    expect(group.total).toBe(3)
    expect(group.hits.map((hit) => hit.id)).toEqual(['i1', 'i2'])
  })

  it('only looks in names for one- and two-letter words', () => {
    const engine = new SearchEngine()
    engine.put('contacts', [
      contact({ id: 'name', firstName: 'Éric', lastName: 'Audet' }),
      contact({ id: 'notes', firstName: 'Marie', lastName: 'Roy', notes: 'et encore' })
    ])
    expect(engine.search('e', 5).groups[0].hits.map((hit) => hit.id)).toEqual(['name'])
  })

  it('follows edits, moves to the Trash and removals', () => {
    const engine = new SearchEngine()
    const company = organization({ id: 'c1', name: 'Boréal Drones' })
    engine.put('organizations', [company])
    engine.put('organizations', [{ ...company, name: 'Fjord Robotique' }])
    expect(engine.search('boreal', 5).groups).toEqual([])
    expect(engine.search('fjord', 5).groups[0].hits[0].id).toBe('c1')
    engine.put('organizations', [{ ...company, deletedAt: '2026-01-01T00:00:00.000Z' }])
    expect(engine.search('fjord', 5).groups).toEqual([])
    engine.put('organizations', [company])
    engine.handle({ type: 'remove', table: 'organizations', ids: ['c1'] })
    expect(engine.size).toBe(0)
  })
})
