import { Anchor, Badge, Grid, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ErrorState } from '@renderer/components/ErrorState'
import { LastContact } from '@renderer/components/LastContact'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { RecordActions } from '@renderer/components/RecordActions'
import { deleteContact, restoreContact } from '@renderer/db/repositories/contacts'
import { ExportVCardButton } from '@renderer/features/capture'
import { useOrganization } from '@renderer/features/organizations'
import { HealthBadge } from '@renderer/features/health'
import { IntroductionsCard } from '@renderer/features/introductions'
import { MergeWithMenu } from '@renderer/features/merge'
import { ContactPrivacyCard } from '@renderer/features/privacy'
import { RelationshipTimeline } from '@renderer/features/timeline'
import { contactDisplayName } from '@shared/domain/list-filters'
import { ContactConsent } from './ContactConsent'
import { ContactFormModal } from './ContactFormModal'
import { ContactProfile } from './ContactProfile'
import { useContact } from './useContacts'

export function ContactScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure()
  const { data: contact, isLoading, error } = useContact(id)
  const organization = useOrganization(contact?.organizationId ?? '').data

  if (error) return <ErrorState error={error} />
  if (isLoading) return <LoadingState />
  if (!contact) return <NotFoundScreen messageKey="contacts.notFound" />
  const name = contactDisplayName(contact)

  return (
    <>
      <PageHeader
        above={<BackLink to="/contacts" label={t('contacts.title')} />}
        title={name}
        subtitle={
          <Group gap="xs" component="span">
            {contact.role && <span>{contact.role}</span>}
            {organization && (
              <Anchor component={Link} to={`/companies/${organization.id}`} size="sm">
                {organization.name}
              </Anchor>
            )}
            <Badge color="gray">{t(`enums.language.${contact.language}`)}</Badge>
            <LastContact at={contact.lastInteractionAt} withLabel />
            <HealthBadge party="contact" id={contact.id} />
          </Group>
        }
        actions={
          <>
            <ExportVCardButton contact={contact} name={name} />
            <RecordActions
              name={name}
              onEdit={edit.open}
              remove={() => deleteContact(contact.id)}
              restore={() => restoreContact(contact.id)}
              listPath="/contacts"
              recordPath={`/contacts/${contact.id}`}
            />
            <MergeWithMenu entity="contact" record={contact} name={name} />
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <ContactProfile contact={contact} />
            <RelationshipTimeline party="contact" id={contact.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactConsent contact={contact} />
            <IntroductionsCard scope={{ contactId: contact.id }} preset={{ personAId: contact.id }} />
            <ContactPrivacyCard contact={contact} name={name} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ContactFormModal opened={editing} onClose={edit.close} contact={contact} />
    </>
  )
}
