import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DetailList } from '@renderer/components/DetailList'
import { SectionCard } from '@renderer/components/SectionCard'
import { NotesSection } from '@renderer/components/NotesSection'
import { TagList } from '@renderer/components/TagList'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { openLink } from '@renderer/platform/openLink'
import type { Contact } from '@shared/schemas'

export function ContactProfile({ contact }: { contact: Contact }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const notify = useNotify()
  return (
    <SectionCard title={t('contacts.profile.title')}>
      <DetailList
        items={[
          {
            label: t('fields.email'),
            value: contact.email && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => void openLink(`mailto:${contact.email}`, notify.failure)}
              >
                {contact.email}
              </Anchor>
            )
          },
          { label: t('fields.phone'), value: contact.phone },
          { label: t('fields.role'), value: contact.role },
          { label: t('fields.language'), value: t(`enums.language.${contact.language}`) },
          {
            label: t('fields.tags'),
            value: contact.tags.length ? <TagList tags={contact.tags} max={10} /> : ''
          },
          { label: t('fields.createdAt'), value: format.timestamp(contact.createdAt) }
        ]}
      />
      <NotesSection notes={contact.notes} />
    </SectionCard>
  )
}
