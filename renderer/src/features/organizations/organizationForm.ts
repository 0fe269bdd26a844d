// Form values are what the inputs hold (strings); the input is what the repository accepts.
import { parseLocaleNumber } from '@shared/domain/numbers'
import type { Organization, OrganizationInput } from '@shared/schemas'
import type { Language } from '@shared/schemas/common'

export interface OrganizationFormValues {
  name: string
  kind: string
  neq: string
  industryCode: string
  industryLabel: string
  region: string | null
  mrc: string
  city: string
  website: string
  employees: number | string
  stage: string | null
  tier: string | null
  tags: string[]
  notes: string
}

export const EMPTY_ORGANIZATION_FORM: OrganizationFormValues = {
  name: '',
  kind: 'company',
  neq: '',
  industryCode: '',
  industryLabel: '',
  region: '02',
  mrc: '',
  city: '',
  website: '',
  employees: '',
  stage: null,
  tier: null,
  tags: [],
  notes: ''
}

export function organizationToForm(o: Organization): OrganizationFormValues {
  return {
    name: o.name,
    kind: o.kind,
    neq: o.neq,
    industryCode: o.industryCode,
    industryLabel: o.industryLabel,
    region: o.region,
    mrc: o.mrc,
    city: o.city,
    website: o.website,
    employees: o.employees ?? '',
    stage: o.stage,
    tier: o.tier,
    tags: o.tags,
    notes: o.notes
  }
}

export function formToOrganizationInput(v: OrganizationFormValues, language: Language): OrganizationInput {
  return {
    ...v,
    kind: v.kind as OrganizationInput['kind'],
    region: (v.region || null) as OrganizationInput['region'],
    stage: (v.stage || null) as OrganizationInput['stage'],
    tier: (v.tier || null) as OrganizationInput['tier'],
    employees: parseLocaleNumber(String(v.employees), language)
  }
}
