import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { MoneyInput } from '@renderer/components/MoneyInput'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { WholeNumberInput } from '@renderer/components/WholeNumberInput'
import { OrganizationSelect } from '@renderer/features/organizations'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { percentSuffix } from '@shared/domain/percent'
import { useEnumOptions } from '@renderer/hooks/useOptions'
import { PRODUCTS } from '@shared/schemas'
import { OpportunityLinksFields } from './OpportunityLinksFields'
import { useOpportunityForm, type OpportunityFormOptions } from './useOpportunityForm'

// The notice names a field by the label the form shows it with
const LABELS = {
  organizationId: 'pipeline.fields.company',
  primaryContactId: 'pipeline.fields.primaryContact',
  funderIds: 'pipeline.fields.partners',
  ...Object.fromEntries(
    [
      'title',
      'product',
      'program',
      'stageId',
      'probability',
      'expectedCloseDate',
      'nextStepDate',
      'jobsCreated',
      'jobsRetained',
      'lostReason',
      'notes',
      'requestedCents',
      'authorizedCents',
      'disbursedCents',
      'projectCostCents'
    ].map((field) => [field, `pipeline.fields.${field === 'stageId' ? 'stage' : field}`])
  )
}

export function OpportunityForm(options: OpportunityFormOptions) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const { form, submit, saving, stages, stale } = useOpportunityForm(options)
  const productOptions = useEnumOptions('product', PRODUCTS)
  const editing = options.file !== undefined
  const money = (field: 'requestedCents' | 'authorizedCents' | 'disbursedCents' | 'projectCostCents') => (
    <MoneyInput
      label={t(`pipeline.fields.${field}`)}
      {...form.getInputProps(field)}
      value={form.values[field]}
      placeholder={field === 'requestedCents' ? undefined : ''}
    />
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {stale && <StaleRecordNotice kind="opportunity" labels={LABELS} {...stale} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationSelect
            label={t('pipeline.fields.company')}
            required
            data-autofocus
            allowCreate
            {...form.getInputProps('organizationId')}
            onChange={(value) => {
              form.setFieldValue('organizationId', value)
              form.setFieldValue('primaryContactId', null)
            }}
          />
          <TextInput label={t('pipeline.fields.title')} required {...form.getInputProps('title')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: editing ? 3 : 4 }}>
          <Select
            label={t('pipeline.fields.product')}
            data={productOptions}
            allowDeselect={false}
            {...form.getInputProps('product')}
          />
          <TextInput label={t('pipeline.fields.program')} {...form.getInputProps('program')} />
          {!editing && (
            <Select
              label={t('pipeline.fields.stage')}
              data={stages.map((s) => ({ value: s.id, label: s[language] }))}
              allowDeselect={false}
              {...form.getInputProps('stageId')}
              onChange={(value) => {
                const stage = stages.find((s) => s.id === value)
                if (!stage) return
                form.setFieldValue('stageId', stage.id)
                form.setFieldValue('probability', stage.probability)
              }}
            />
          )}
          <NumberInput
            label={t('pipeline.fields.probability')}
            min={0}
            max={100}
            suffix={percentSuffix(language)}
            allowDecimal={false}
            {...form.getInputProps('probability')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          {money('requestedCents')}
          {money('authorizedCents')}
          {money('disbursedCents')}
          {money('projectCostCents')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <DateField
            label={t('pipeline.fields.expectedCloseDate')}
            clearable
            {...form.getInputProps('expectedCloseDate')}
          />
          <DateField
            label={t('pipeline.fields.nextStepDate')}
            clearable
            {...form.getInputProps('nextStepDate')}
          />
          <WholeNumberInput label={t('pipeline.fields.jobsCreated')} {...form.getInputProps('jobsCreated')} />
          <WholeNumberInput
            label={t('pipeline.fields.jobsRetained')}
            {...form.getInputProps('jobsRetained')}
          />
        </SimpleGrid>
        <OpportunityLinksFields form={form} />
        {options.file?.outcome === 'lost' && (
          <Textarea
            label={t('pipeline.fields.lostReason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('lostReason')}
          />
        )}
        <Textarea
          label={t('pipeline.fields.notes')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={options.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(editing ? 'common.save' : 'pipeline.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
