import { Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { setSetting } from '@renderer/db/repositories/settings'
import { useSetting } from '@renderer/hooks/useSetting'
import { useFormErrors, type FormErrors } from '@renderer/hooks/useFormErrors'
import { useNotify } from '@renderer/hooks/useNotify'
import { privacyOfficerSchema, type PrivacyOfficer } from '@shared/schemas'

/** Settings › the person in charge of personal information (Law 25, s. 3.1). */
export function PrivacyOfficerSettings() {
  const { t } = useTranslation()
  const stored = useSetting('privacyOfficer')
  return (
    <SectionCard title={t('privacy.officer.title')}>
      {/* Remounts with the stored value when it changes elsewhere (a restore, another window) */}
      {stored && <OfficerForm key={JSON.stringify(stored)} stored={stored} />}
    </SectionCard>
  )
}

function OfficerForm({ stored }: { stored: PrivacyOfficer }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const { validate } = useFormErrors()
  const [values, setValues] = useState(stored)
  const [errors, setErrors] = useState<FormErrors>({})
  const field = (key: keyof PrivacyOfficer) => ({
    value: values[key],
    error: errors[key],
    onChange: (event: FormEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value
      setValues((current) => ({ ...current, [key]: value }))
    }
  })
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const found = validate(privacyOfficerSchema, values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      await setSetting('privacyOfficer', privacyOfficerSchema.parse(values))
      notify.success(t('privacy.officer.saved'))
    } catch (error) {
      notify.failure(error)
    }
  }
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="sm" maw={520}>
        <Text size="sm" c="dimmed">
          {t('privacy.officer.explanation')}
        </Text>
        <TextInput label={t('privacy.officer.name')} autoComplete="name" {...field('name')} />
        <TextInput label={t('privacy.officer.role')} autoComplete="organization-title" {...field('title')} />
        <TextInput
          label={t('privacy.officer.contact')}
          description={t('privacy.officer.contactHint')}
          {...field('contact')}
        />
        <Group>
          <Button type="submit">{t('privacy.officer.save')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
