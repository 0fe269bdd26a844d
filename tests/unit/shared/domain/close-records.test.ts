import { describe, expect, it } from 'vitest'
import {
  closeNames,
  closeOrganization,
  closePerson,
  findClose,
  sameEmail,
  sameNeq
} from '@shared/domain/close-records'

const person = (firstName: string, lastName: string, email = '') => ({ firstName, lastName, email })
const company = (name: string, neq = '') => ({ name, neq })

describe('closeNames', () => {
  it('ignores accents and case', () => {
    expect(closeNames('stephane bergeron', 'Stéphane Bergeron')).toBe(true)
    expect(closeNames('ÉLOÏSE TREMBLAY', 'eloise tremblay')).toBe(true)
  })

  it('forgives one typo in a word of five letters or more', () => {
    expect(closeNames('stephane bergron', 'Stéphane Bergeron')).toBe(true) // a letter missing
    expect(closeNames('Stéphane Bregeron', 'Stéphane Bergeron')).toBe(true) // two letters swapped
    expect(closeNames('Stéphane Bergerom', 'Stéphane Bergeron')).toBe(true) // one letter changed
  })

  it('does not forgive a typo in a short word, two typos, or another word count', () => {
    expect(closeNames('Marc Roy', 'Marc Roi')).toBe(false)
    expect(closeNames('stefane bergron', 'Stéphane Bergeron')).toBe(false)
    expect(closeNames('Stéphane', 'Stéphane Bergeron')).toBe(false)
    expect(closeNames('', '')).toBe(false)
  })
})

describe('sameEmail and sameNeq', () => {
  it('compares e-mails whatever their case and spaces, never two empty ones', () => {
    expect(sameEmail(' S.Bergeron@Alumitek.CA ', 's.bergeron@alumitek.ca')).toBe(true)
    expect(sameEmail('s.bergeron@alumitek.ca', 'info@alumitek.ca')).toBe(false)
    expect(sameEmail('', '')).toBe(false)
  })

  it('compares NEQs without their spaces, never two empty ones', () => {
    expect(sameNeq('1234 567 890', '1234567890')).toBe(true)
    expect(sameNeq('1234567890', '1234567891')).toBe(false)
    expect(sameNeq(' ', '')).toBe(false)
  })
})

describe('closePerson and closeOrganization', () => {
  it('says why a person is close: the e-mail first, then the name', () => {
    const stored = person('Stéphane', 'Bergeron', 'sb@alumitek.ca')
    expect(closePerson(person('Steve', 'B.', 'SB@alumitek.ca'), stored)).toBe('email')
    expect(closePerson(person('stephane', 'bergron'), stored)).toBe('name')
    expect(closePerson(person('Sophie', 'Bergeron'), stored)).toBeNull()
  })

  it('says why a company is close: the NEQ first, then the name without its legal suffix', () => {
    const stored = company('Alumitek inc.', '1160012345')
    expect(closeOrganization(company('Autre nom', '1160 012 345'), stored)).toBe('neq')
    expect(closeOrganization(company('ALUMITEK'), stored)).toBe('name')
    expect(closeOrganization(company('Alumitec'), stored)).toBe('name')
    expect(closeOrganization(company('Alumico'), stored)).toBeNull()
  })

  it('finds an e-mail match before an earlier name match', () => {
    const byName = { id: 'a', ...person('Stéphane', 'Bergeron') }
    const byEmail = { id: 'b', ...person('Steve', 'Berg', 'sb@alumitek.ca') }
    const found = findClose(person('Stephane', 'Bergeron', 'sb@alumitek.ca'), [byName, byEmail], closePerson)
    expect(found?.id).toBe('b')
    expect(findClose(person('Nadia', 'Roy'), [byName, byEmail], closePerson)).toBeNull()
  })
})
