import { Alert } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DetailList } from '@renderer/components/DetailList'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { Contact } from '@shared/schemas'

/** Law 25: on what basis Relais holds this person's information. */
export function ContactConsent({ contact }: { contact: Contact }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <SectionCard title={t('contacts.consent.title')}>
      {contact.consent.basis === 'not-recorded' && (
        <Alert color="yellow" variant="light" mb="md" icon={<IconShieldCheck size={18} aria-hidden />}>
          {t('contacts.consent.missing')}
        </Alert>
      )}
      <DetailList
        cols={1}
        items={[
          { label: t('fields.consentBasis'), value: t(`enums.consent.${contact.consent.basis}`) },
          { label: t('fields.consentDate'), value: format.date(contact.consent.date) },
          { label: t('fields.consentSource'), value: contact.consent.source }
        ]}
      />
    </SectionCard>
  )
}
