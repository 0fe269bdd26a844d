import { Select, SimpleGrid } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { listContactsOfOrganization } from '@renderer/db/repositories/contacts'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { OrganizationMultiSelect, useOrganizations } from '@renderer/features/organizations'
import { contactDisplayName } from '@shared/domain/list-filters'
import { compareText } from '@shared/domain/text'
import type { OpportunityFormValues } from './opportunityForm'

/** The file's primary contact (someone at the company) and its co-financing partners. */
export function OpportunityLinksFields({ form }: { form: UseFormReturnType<OpportunityFormValues> }) {
  const { t } = useTranslation()
  const organizationId = form.values.organizationId
  const contacts = useDbQuery(
    async () => (organizationId ? listContactsOfOrganization(organizationId) : []),
    [organizationId]
  ).data
  const organizations = useOrganizations().data
  const contactOptions = useMemo(
    () =>
      (contacts ?? [])
        .map((c) => ({ value: c.id, label: contactDisplayName(c) }))
        .sort((a, b) => compareText(a.label, b.label)),
    [contacts]
  )
  // Partners are most often associations, banks, funds or public bodies: those come first, but any
  // organization can co-finance (the kind orders the list, it does not filter it)
  const partnerOptions = useMemo(
    () =>
      (organizations ?? [])
        .filter((o) => o.id !== organizationId)
        .map((o) => ({ value: o.id, label: o.name, company: o.kind === 'company' }))
        .sort((a, b) => Number(a.company) - Number(b.company) || compareText(a.label, b.label))
        .map(({ value, label }) => ({ value, label })),
    [organizations, organizationId]
  )
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('pipeline.fields.primaryContact')}
        data={contactOptions}
        searchable
        clearable
        {...PICKER_KEYS}
        filter={foldedFilter}
        nothingFoundMessage={t('pipeline.form.noContact')}
        {...form.getInputProps('primaryContactId')}
      />
      <OrganizationMultiSelect
        label={t('pipeline.fields.partners')}
        description={t('pipeline.form.partnersHint')}
        options={partnerOptions}
        nothingFoundMessage={t('forms.picker.noOrganization')}
        {...form.getInputProps('funderIds')}
      />
    </SimpleGrid>
  )
}
