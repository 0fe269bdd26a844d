// Form values are what the inputs hold (amounts as typed text); the input is what the repository
// accepts (amounts in cents). Amounts that do not parse become field errors with i18n keys.
import type { NewOpportunity } from '@renderer/db/repositories/opportunities'
import { formatCents, parseOptionalMoney } from '@shared/domain/money'
import { parseLocaleNumber } from '@shared/domain/numbers'
import type { Language, Opportunity, Product } from '@shared/schemas'

export const MONEY_FIELDS = [
  'requestedCents',
  'authorizedCents',
  'disbursedCents',
  'projectCostCents'
] as const
type MoneyField = (typeof MONEY_FIELDS)[number]

export interface OpportunityFormValues extends Record<MoneyField, string> {
  organizationId: string | null
  title: string
  product: string
  program: string
  stageId: string
  probability: number | string
  expectedCloseDate: string | null
  nextStepDate: string | null
  primaryContactId: string | null
  funderIds: string[]
  jobsCreated: number | string
  jobsRetained: number | string
  lostReason: string
  notes: string
}

export function emptyOpportunityForm(
  stage: { id: string; probability: number },
  organizationId: string | null = null
): OpportunityFormValues {
  return {
    organizationId,
    title: '',
    product: 'term-loan',
    program: '',
    stageId: stage.id,
    probability: stage.probability,
    requestedCents: '',
    authorizedCents: '',
    disbursedCents: '',
    projectCostCents: '',
    expectedCloseDate: null,
    nextStepDate: null,
    primaryContactId: null,
    funderIds: [],
    jobsCreated: '',
    jobsRetained: '',
    lostReason: '',
    notes: ''
  }
}

export function opportunityToForm(file: Opportunity, language: Language): OpportunityFormValues {
  const money = (cents: number | null) => (cents === null ? '' : formatCents(cents, language))
  return {
    organizationId: file.organizationId,
    title: file.title,
    product: file.product,
    program: file.program,
    stageId: file.stageId,
    probability: file.probability,
    requestedCents: money(file.requestedCents),
    authorizedCents: money(file.authorizedCents),
    disbursedCents: money(file.disbursedCents),
    projectCostCents: money(file.projectCostCents),
    expectedCloseDate: file.expectedCloseDate,
    nextStepDate: file.nextStepDate,
    primaryContactId: file.primaryContactId,
    funderIds: file.funderIds,
    jobsCreated: file.jobsCreated ?? '',
    jobsRetained: file.jobsRetained ?? '',
    lostReason: file.lostReason,
    notes: file.notes
  }
}

export interface FormConversion {
  /** Amounts that do not parse are null here and named in moneyErrors. */
  input: NewOpportunity & { probability: number }
  /** i18n keys of the amounts that do not parse, by field. */
  moneyErrors: Partial<Record<MoneyField, string>>
}

/** The repository's input, and the amounts that do not parse. */
export function formToOpportunityInput(values: OpportunityFormValues, language: Language): FormConversion {
  const cents: Partial<Record<MoneyField, number | null>> = {}
  const moneyErrors: Partial<Record<MoneyField, string>> = {}
  for (const field of MONEY_FIELDS) {
    const parsed = parseOptionalMoney(values[field], language)
    if (parsed.ok) cents[field] = parsed.cents
    else moneyErrors[field] = parsed.key
  }
  return {
    moneyErrors,
    input: {
      organizationId: values.organizationId ?? '',
      title: values.title,
      product: values.product as Product,
      program: values.program,
      stageId: values.stageId,
      probability: values.probability === '' ? Number.NaN : Number(values.probability),
      requestedCents: cents.requestedCents ?? null,
      authorizedCents: cents.authorizedCents ?? null,
      disbursedCents: cents.disbursedCents ?? null,
      projectCostCents: cents.projectCostCents ?? null,
      expectedCloseDate: values.expectedCloseDate || null,
      nextStepDate: values.nextStepDate || null,
      primaryContactId: values.primaryContactId || null,
      funderIds: values.funderIds,
      jobsCreated: parseLocaleNumber(String(values.jobsCreated), language),
      jobsRetained: parseLocaleNumber(String(values.jobsRetained), language),
      lostReason: values.lostReason,
      notes: values.notes
    }
  }
}
