import { describe, expect, it } from 'vitest'
import { catalogues } from '@renderer/i18n/catalogues'

function texts(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]]
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) => texts(value, [...path, key]))
}

/** What the reader sees: nested $t(…) calls, {{placeholders}}, web addresses and ical words are not prose. */
function prose(text: string): string {
  return text.replace(/\$t\([^)]*\)|\{\{[^}]*\}\}|https?:\/\/\S*|BEGIN:VCALENDAR/g, 'X')
}

const NARROW = '[\\u00a0\\u202f]'

/** Each rule: a French typography fault and the pattern that finds it. */
const faults: [string, RegExp][] = [
  ['plain space before : ; ! ? »', /[ \t\n][:;!?»]/],
  ['plain space after «', /«[ \t\n]/],
  ['no space at all before ; ! ? »', new RegExp(`[^\\s${NARROW.slice(1, -1)}(][;!?»]`)],
  ['no space before a colon that ends a clause', new RegExp(`[^\\s${NARROW.slice(1, -1)}]:(\\s|$)`)],
  ['no space after «', new RegExp(`«[^${NARROW.slice(1, -1)}]`)]
]

describe('the French catalogue', () => {
  it('has a non-breaking space before : ; ! ? and inside « », never a plain one', () => {
    const found = texts(catalogues.fr).flatMap(([key, text]) =>
      faults.filter(([, pattern]) => pattern.test(prose(text))).map(([fault]) => `${key}: ${fault}`)
    )
    expect(found).toEqual([])
  })

  it('keeps its placeholders intact', () => {
    const broken = texts(catalogues.fr).filter(([, text]) => /\{\{[^}]*[\u00a0\u202f][^}]*\}\}/.test(text))
    expect(broken).toEqual([])
  })
})
