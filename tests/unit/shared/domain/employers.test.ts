import { describe, expect, it } from 'vitest'
import { missingEmployers, withEmployers } from '@shared/domain/employers'

const employers = new Map([
  ['eloise', 'rets'],
  ['marc', 'rets'],
  ['zoe', 'boreal']
])

describe('employers of the people met', () => {
  it('adds each person’s company once, after the companies chosen', () => {
    expect(withEmployers([], ['eloise', 'marc', 'zoe'], employers)).toEqual(['rets', 'boreal'])
    expect(withEmployers(['boreal'], ['zoe', 'eloise'], employers)).toEqual(['boreal', 'rets'])
  })

  it('leaves out people without a company, and companies already named', () => {
    expect(missingEmployers(['rets', 'rets'], ['eloise', 'nobody'], employers)).toEqual([])
    expect(withEmployers(['rets', 'rets'], ['nobody'], employers)).toEqual(['rets'])
  })
})
