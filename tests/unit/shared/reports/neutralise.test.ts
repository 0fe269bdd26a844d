import { describe, expect, it } from 'vitest'
import { neutraliseText } from '@shared/reports/neutralise'

describe('formula injection', () => {
  it.each([
    '=HYPERLINK("http://evil","clic")',
    '+1 418 555-0100',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '  =1+1',
    '\u00a0=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)'
  ])('neutralises %j', (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`)
  })

  it.each(['Nordik Technologies', 'Éloïse', '5 à 7', "l'équipe", '', '1+1', 'a=b'])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseText(text)).toBe(text)
    }
  )
})
