import { Alert, Button, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrganizationFormValues } from './organizationForm'

/** The fields whose values differ between two versions of the form. */
export function changedFields(
  before: OrganizationFormValues,
  after: OrganizationFormValues
): (keyof OrganizationFormValues)[] {
  return (Object.keys(before) as (keyof OrganizationFormValues)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])
  )
}

interface StaleOrganizationNoticeProps {
  /** The company as the form read it, and as it is stored now. */
  read: OrganizationFormValues
  stored: OrganizationFormValues
  onReload: () => void
  onReapply: () => void
}

/** Saved elsewhere meanwhile (another window): what changed there, and the person's two ways on. */
export function StaleOrganizationNotice({ read, stored, onReload, onReapply }: StaleOrganizationNoticeProps) {
  const { t } = useTranslation()
  const shown = (value: unknown) => {
    const text = Array.isArray(value) ? value.join(', ') : String(value ?? '')
    return text === '' ? t('organizations.form.stale.empty') : `« ${text} »`
  }
  return (
    <Alert color="orange" role="alert" title={t('organizations.form.stale.title')}>
      <Text size="sm" mb="xs">
        {t('organizations.form.stale.body')}
      </Text>
      <List size="sm" mb="sm" spacing={2}>
        {changedFields(read, stored).map((field) => (
          <List.Item key={field}>
            {t('organizations.form.stale.change', {
              field: t(`fields.${field}`),
              before: shown(read[field]),
              after: shown(stored[field])
            })}
          </List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onReload}>
          {t('organizations.form.stale.reload')}
        </Button>
        <Button size="xs" onClick={onReapply}>
          {t('organizations.form.stale.reapply')}
        </Button>
      </Group>
    </Alert>
  )
}
