// Counts typed in the company and financing-file forms: « 12,5 » employees is refused as a
// fraction (it was saved as 125), « 1 200 » is 1200, « 4,0 » is 4.
import { describe, expect, it } from 'vitest'
import {
  EMPTY_ORGANIZATION_FORM,
  formToOrganizationInput
} from '@renderer/features/organizations/organizationForm'
import {
  emptyOpportunityForm,
  formToOpportunityInput
} from '@renderer/features/pipeline/form/opportunityForm'
import { opportunityInputSchema, organizationInputSchema } from '@shared/schemas'

const company = (employees: string, language: 'fr' | 'en' = 'fr') =>
  organizationInputSchema.safeParse(
    formToOrganizationInput({ ...EMPTY_ORGANIZATION_FORM, name: 'Nordik', employees }, language)
  )

describe('whole numbers in forms', () => {
  it('refuses « 12,5 » employees with a whole-number message instead of saving 125', () => {
    const result = company('12,5')
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['employees', 'validation.wholeNumber']
    ])
    expect(company('12.5', 'en').error?.issues[0].message).toBe('validation.wholeNumber')
  })

  it('reads « 1 200 », "1,200" and « 4,0 » as the whole numbers they are; empty is no number', () => {
    expect(company('1 200').data?.employees).toBe(1200)
    expect(company('1,200', 'en').data?.employees).toBe(1200)
    expect(company('4,0').data?.employees).toBe(4)
    expect(company('').data?.employees).toBeNull()
  })

  it('refuses a fraction of a job in a financing file', () => {
    const stage = { id: 'stage-1', probability: 10 }
    const values = {
      ...emptyOpportunityForm(stage),
      organizationId: 'org-1',
      title: 'Prêt',
      jobsCreated: '2,5',
      jobsRetained: '4,0'
    }
    const { input } = formToOpportunityInput(values, 'fr')
    expect(input.jobsRetained).toBe(4)
    const result = opportunityInputSchema.safeParse(input)
    expect(result.error?.issues.find((i) => i.path[0] === 'jobsCreated')?.message).toBe(
      'validation.wholeNumber'
    )
  })
})
