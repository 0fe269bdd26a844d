// Fills the interaction templates: a title and a few sentences of notes in the contact's language.
import type { InteractionKind } from '../schemas'
import type { Language } from '../schemas/common'
import { OPENERS, SENTENCES, TITLES, type TextContext } from './data/interaction-texts'
import type { Rng } from './rng'

export type OrdinaryKind = Exclude<InteractionKind, 'introduction'>

export function interactionText(
  rng: Rng,
  kind: OrdinaryKind,
  language: Language,
  context: TextContext
): { title: string; notes: string } {
  const title = rng.pick(TITLES[language][kind])(context)
  const sentences = SENTENCES[language]
  const first = rng.int(0, sentences.length - 1)
  let notes = `${rng.pick(OPENERS[language][kind])(context)} ${sentences[first](context)}`
  if (rng.chance(0.5))
    notes += ` ${sentences[(first + rng.int(1, sentences.length - 1)) % sentences.length](context)}`
  return { title, notes }
}

export const DURATIONS: Record<OrdinaryKind, readonly [number, number] | null> = {
  meeting: [30, 90],
  call: [10, 40],
  email: null,
  'event-encounter': [10, 25],
  'site-visit': [60, 180],
  note: null
}

/** Minutes spent, rounded to five, or null where a duration means nothing (an e-mail, a note). */
export function durationOf(rng: Rng, kind: OrdinaryKind): number | null {
  const range = DURATIONS[kind]
  return range ? Math.round(rng.int(range[0], range[1]) / 5) * 5 : null
}

export const KIND_WEIGHTS: readonly (readonly [OrdinaryKind, number])[] = [
  ['meeting', 30],
  ['call', 25],
  ['email', 20],
  ['site-visit', 8],
  ['note', 12]
]
