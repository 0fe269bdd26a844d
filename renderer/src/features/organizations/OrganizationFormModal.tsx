import { Alert, Autocomplete, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '@renderer/components/FormModal'
import { foldedFilter } from '@renderer/components/foldedFilter'
import { PICKER_KEYS } from '@renderer/components/pickerKeys'
import { useCloseRecordCheck } from '@renderer/features/close-records'
import { FormActions } from '@renderer/components/FormActions'
import { WholeNumberInput } from '@renderer/components/WholeNumberInput'
import { useFormatters } from '@renderer/hooks/useFormatters'
import {
  createOrganization,
  findOrganizationsByName,
  updateOrganization
} from '@renderer/db/repositories/organizations'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import {
  MRC_SUGGESTIONS,
  useKindOptions,
  useNaicsOptions,
  useRegionOptions,
  useStageOptions,
  useTierOptions
} from '@renderer/hooks/useOptions'
import { organizationInputSchema, type Organization } from '@shared/schemas'
import {
  EMPTY_ORGANIZATION_FORM,
  organizationToForm,
  formToOrganizationInput,
  type OrganizationFormValues
} from './organizationForm'
import { useOrganizationTags } from './useOrganizations'

interface OrganizationFormModalProps {
  opened: boolean
  onClose: () => void
  /** Edit this company; create a new one when absent. */
  company?: Organization
  onSaved?: (company: Organization) => void
}

/** Typing pauses this long (ms) before the name is looked up among the stored companies. */
const DUPLICATE_CHECK_DELAY = 250

export function OrganizationFormModal({ opened, onClose, company, onSaved }: OrganizationFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t(company ? 'organizations.form.editTitle' : 'organizations.form.newTitle')}
    >
      <OrganizationForm company={company} onClose={onClose} onSaved={onSaved} />
    </FormModal>
  )
}

function OrganizationForm({ company, onClose, onSaved }: Omit<OrganizationFormModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const [duplicate, setDuplicate] = useState<Organization | null>(null)
  const tags = useOrganizationTags().data ?? []
  const naics = useNaicsOptions()
  const kindOptions = useKindOptions()
  const regionOptions = useRegionOptions()
  const stageOptions = useStageOptions()
  const tierOptions = useTierOptions()
  const { language } = useFormatters()
  const form = useForm<OrganizationFormValues>({
    initialValues: company ? organizationToForm(company) : EMPTY_ORGANIZATION_FORM,
    validate: (values) => validate(organizationInputSchema, formToOrganizationInput(values, language))
  })
  const { read, guard, stale } = useStaleGuard(company, form, organizationToForm)

  // Checked as the name is typed, not when the field is left: leaving it by pressing « Créer »
  // showed the warning between the press and the release, the button moved down, the click was lost
  const [typedName] = useDebouncedValue(form.values.name, DUPLICATE_CHECK_DELAY)
  useEffect(() => {
    let latest = true
    void findOrganizationsByName(typedName).then(
      (same) => latest && setDuplicate(same.find((o) => o.id !== company?.id) ?? null)
    )
    return () => {
      latest = false
    }
  }, [typedName, company?.id])

  const { submit, saving } = useSaveForm(
    form,
    (values) =>
      read
        ? guard((revision) =>
            updateOrganization(read.id, formToOrganizationInput(values, language), revision)
          )
        : createOrganization(formToOrganizationInput(values, language)),
    (saved) => {
      onSaved?.(saved)
      return {
        message: t(company ? 'organizations.form.updated' : 'organizations.form.created', {
          name: saved.name
        }),
        close: onClose
      }
    }
  )

  // A new company that looks like one already stored (name, NEQ): ask before creating a twin
  const close = useCloseRecordCheck()
  const [checking, setChecking] = useState(false)
  const submitNew = form.onSubmit(async (values) => {
    setChecking(true)
    const decision = await close
      .checkOrganization({ name: values.name, neq: values.neq })
      .finally(() => setChecking(false))
    if (decision.action === 'create') return submit()
    if (decision.action === 'use') {
      onSaved?.(decision.record)
      onClose()
    }
  })

  return (
    <form onSubmit={read ? submit : submitNew} noValidate>
      <Stack gap="md">
        {stale && (
          <StaleRecordNotice
            kind="organization"
            choices={{ stage: 'enums.companyStage', region: regionOptions }}
            {...stale}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('fields.kind')}
            data={kindOptions}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        {duplicate && (
          <Alert color="yellow" variant="light" role="status">
            {t('organizations.form.duplicateWarning', { name: duplicate.name })}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('fields.neq')}
            description={t('organizations.form.neqHint')}
            inputMode="numeric"
            {...form.getInputProps('neq')}
          />
          <Autocomplete
            label={t('fields.industryCode')}
            description={t('organizations.form.industryHint')}
            data={naics.map((n) => n.label)}
            value={form.values.industryCode}
            error={form.errors.industryCode}
            onChange={(value) => {
              const picked = naics.find((n) => n.label === value)
              form.setFieldValue('industryCode', picked ? picked.value : value)
              if (picked) form.setFieldValue('industryLabel', picked.label.split(' · ')[1])
            }}
          />
          <TextInput label={t('fields.industryLabel')} {...form.getInputProps('industryLabel')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.region')}
            data={regionOptions}
            searchable
            clearable
            {...PICKER_KEYS}
            filter={foldedFilter}
            {...form.getInputProps('region')}
          />
          <Autocomplete label={t('fields.mrc')} data={MRC_SUGGESTIONS} {...form.getInputProps('mrc')} />
          <TextInput label={t('fields.city')} {...form.getInputProps('city')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.website')} placeholder="https://" {...form.getInputProps('website')} />
          <WholeNumberInput label={t('fields.employees')} {...form.getInputProps('employees')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('fields.stage')} data={stageOptions} clearable {...form.getInputProps('stage')} />
          <Select
            label={t('fields.tier')}
            description={t('organizations.form.tierHint')}
            data={tierOptions}
            clearable
            {...form.getInputProps('tier')}
          />
        </SimpleGrid>
        <TagsInput label={t('fields.tags')} data={tags} clearable {...form.getInputProps('tags')} />
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('notes')}
        />
        {close.question}
        <FormActions
          onCancel={onClose}
          saving={saving || (checking && !close.asking)}
          submitLabel={t(company ? 'common.save' : 'organizations.form.create')}
        />
      </Stack>
    </form>
  )
}
