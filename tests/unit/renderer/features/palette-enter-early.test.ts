// Enter pressed before the answer to what was just typed has come back from the search worker
// runs that answer's first line: the palette waits for it instead of finding nothing.
import { describe, expect, it } from 'vitest'
import type { SearchAnswer } from '@shared/search/engine'
import { createPaletteSearch } from '@renderer/features/search/paletteSearch'
import type { SearchClient } from '@renderer/features/search/searchClient'

const answerNamed = (name: string) => ({ groups: [{ hits: [{ name }] }] }) as unknown as SearchAnswer

/** A worker that answers each query only when told to. */
function slowClient() {
  const pending: { query: string; answer: (a: SearchAnswer) => void }[] = []
  const client = {
    query: (query: string) => new Promise<SearchAnswer>((answer) => pending.push({ query, answer }))
  } as unknown as SearchClient
  return { client, pending }
}

/** The palette's search on a slow worker, its index loaded or (ready false) still loading. */
function paletteOnSlowWorker(ready = true) {
  const { client, pending } = slowClient()
  const search = createPaletteSearch()
  search.connect(client, ready)
  return { client, pending, search }
}

const settledWithin = async <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise.then((value) => ({ value })), new Promise((r) => setTimeout(() => r('pending'), ms))])

describe('the palette’s latest answer', () => {
  it('waits for the answer to the query just typed, then gives it', async () => {
    const { pending, search } = paletteOnSlowWorker()
    search.ask('erabliere numeriq')
    const latest = search.latest(1000)
    expect(await settledWithin(latest, 30)).toBe('pending')
    pending[0].answer(answerNamed('Érablière Numérique du Lac'))
    expect(await latest).toEqual(answerNamed('Érablière Numérique du Lac'))
  })

  it('gives the answer to the last query, not the one before it still on screen', async () => {
    const { pending, search } = paletteOnSlowWorker()
    search.ask('era')
    pending[0].answer(answerNamed('Éraflures inc.'))
    await search.latest(1000)
    search.ask('erabliere')
    const latest = search.latest(1000)
    expect(await settledWithin(latest, 30)).toBe('pending')
    pending[1].answer(answerNamed('Érablière Numérique du Lac'))
    expect(await latest).toEqual(answerNamed('Érablière Numérique du Lac'))
  })

  it('gives what is shown when the answer is already in, or never comes in time', async () => {
    const { pending, search } = paletteOnSlowWorker()
    search.ask('fjord')
    pending[0].answer(answerNamed('Fjordtech'))
    expect(await search.latest(1000)).toEqual(answerNamed('Fjordtech'))
    search.ask('fjordx')
    expect(await search.latest(20)).toEqual(answerNamed('Fjordtech'))
  })

  it('while the index loads, waits for the answer from the loaded index', async () => {
    const { client, pending, search } = paletteOnSlowWorker(false)
    search.ask('fjord')
    const latest = search.latest(1000)
    pending[0].answer({ groups: [] } as unknown as SearchAnswer)
    expect(await settledWithin(latest, 30)).toBe('pending')
    search.connect(client, true)
    pending[1].answer(answerNamed('Logiciels Fjordtech inc.'))
    expect(await latest).toEqual(answerNamed('Logiciels Fjordtech inc.'))
  })
})
