import { Alert, Button, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CompanyFormValues } from './companyForm'

/** The fields whose values differ between two versions of the form. */
export function changedFields(
  before: CompanyFormValues,
  after: CompanyFormValues
): (keyof CompanyFormValues)[] {
  return (Object.keys(before) as (keyof CompanyFormValues)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])
  )
}

interface StaleCompanyNoticeProps {
  /** The company as the form read it, and as it is stored now. */
  read: CompanyFormValues
  stored: CompanyFormValues
  onReload: () => void
  onReapply: () => void
}

/** Saved elsewhere meanwhile (another window): what changed there, and the person's two ways on. */
export function StaleCompanyNotice({ read, stored, onReload, onReapply }: StaleCompanyNoticeProps) {
  const { t } = useTranslation()
  const shown = (value: unknown) => {
    const text = Array.isArray(value) ? value.join(', ') : String(value ?? '')
    return text === '' ? t('companies.form.stale.empty') : `« ${text} »`
  }
  return (
    <Alert color="orange" role="alert" title={t('companies.form.stale.title')}>
      <Text size="sm" mb="xs">
        {t('companies.form.stale.body')}
      </Text>
      <List size="sm" mb="sm" spacing={2}>
        {changedFields(read, stored).map((field) => (
          <List.Item key={field}>
            {t('companies.form.stale.change', {
              field: t(`fields.${field}`),
              before: shown(read[field]),
              after: shown(stored[field])
            })}
          </List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onReload}>
          {t('companies.form.stale.reload')}
        </Button>
        <Button size="xs" onClick={onReapply}>
          {t('companies.form.stale.reapply')}
        </Button>
      </Group>
    </Alert>
  )
}
