import { SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { DuplicatesTable } from './DuplicatesTable'
import { RowIssuesTable } from './RowIssuesTable'
import type { ImportWizard } from './useImportWizard'

function Count({ label, value }: { label: string; value: number }) {
  const format = useFormatters()
  return (
    <Stack gap={0}>
      <Text fz="xl" fw={700}>
        {format.number(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  )
}

/** What the import will write, the rows it cannot, and the duplicates to decide on. */
export function ImportReviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation()
  const { plan, read, duplicates } = wizard
  if (!plan || !read) return null
  const count = (action: 'create' | 'merge', list: { action: string }[]) =>
    list.filter((x) => x.action === action).length
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        {t('import.review.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} role="group" aria-label={t('import.review.title')}>
        <Count label={t('import.review.organizationsCreated')} value={count('create', plan.organizations)} />
        <Count label={t('import.review.organizationsMerged')} value={count('merge', plan.organizations)} />
        <Count label={t('import.review.contactsCreated')} value={count('create', plan.contacts)} />
        <Count label={t('import.review.contactsMerged')} value={count('merge', plan.contacts)} />
        <Count label={t('import.review.skipped')} value={plan.skippedRows} />
        <Count label={t('import.review.invalid')} value={read.invalidRows} />
      </SimpleGrid>
      {read.issues.length > 0 && (
        <section aria-label={t('import.issues.title')}>
          <Title order={3} size="h5" mb={4}>
            {t('import.issues.title')}
          </Title>
          <RowIssuesTable issues={read.issues} />
        </section>
      )}
      {duplicates.length > 0 && (
        <section aria-label={t('import.duplicates.title')}>
          <Title order={3} size="h5" mb={4}>
            {t('import.duplicates.title')}
          </Title>
          <DuplicatesTable
            duplicates={duplicates}
            choices={wizard.choices}
            defaultChoice={wizard.defaultChoice}
            onChoice={wizard.setChoice}
            onAll={wizard.setAll}
          />
        </section>
      )}
    </Stack>
  )
}
