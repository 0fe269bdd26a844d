import { Anchor, Card, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DetailList } from '@renderer/components/DetailList'
import { TagList } from '@renderer/components/TagList'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { getPlatform } from '@renderer/platform'
import type { Contact } from '@shared/schemas'

export function ContactProfile({ contact }: { contact: Contact }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="contact-profile-title">
      <Title order={3} size="h4" mb="md" id="contact-profile-title">
        {t('contacts.profile.title')}
      </Title>
      <DetailList
        items={[
          {
            label: t('fields.email'),
            value: contact.email && (
              <Anchor component="button" type="button" size="sm" onClick={() => void getPlatform().openExternal(`mailto:${contact.email}`)}>
                {contact.email}
              </Anchor>
            )
          },
          { label: t('fields.phone'), value: contact.phone },
          { label: t('fields.role'), value: contact.role },
          { label: t('fields.language'), value: t(`enums.language.${contact.language}`) },
          { label: t('fields.tags'), value: contact.tags.length ? <TagList tags={contact.tags} max={10} /> : '' },
          { label: t('fields.createdAt'), value: format.timestamp(contact.createdAt) }
        ]}
      />
      {contact.notes && (
        <>
          <Title order={4} size="h6" mt="lg" mb={4}>
            {t('fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {contact.notes}
          </Text>
        </>
      )}
    </Card>
  )
}
