import { Anchor, Badge, Button, Grid, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ConfirmDelete } from '@renderer/components/ConfirmDelete'
import { ErrorState } from '@renderer/components/ErrorState'
import { LastContact } from '@renderer/components/LastContact'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { deleteContact, restoreContact } from '@renderer/db/repositories/contacts'
import { useOrganization } from '@renderer/features/companies/useCompanies'
import { useNotify } from '@renderer/hooks/useNotify'
import { contactDisplayName } from '@shared/domain/list-filters'
import { ContactConsent } from './ContactConsent'
import { ContactFormModal } from './ContactFormModal'
import { ContactProfile } from './ContactProfile'
import { useContact } from './useContacts'

export function ContactScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const notify = useNotify()
  const [editing, edit] = useDisclosure()
  const [confirming, confirm] = useDisclosure()
  const { data: contact, isLoading, error } = useContact(id)
  const organization = useOrganization(contact?.organizationId ?? '').data

  if (error) return <ErrorState error={error} />
  if (isLoading) return <LoadingState />
  if (!contact) return <NotFoundScreen messageKey="contacts.notFound" />
  const name = contactDisplayName(contact)

  const remove = async () => {
    confirm.close()
    try {
      await deleteContact(contact.id)
      notify.success(t('common.movedToTrash', { name }), {
        label: t('common.undo'),
        onClick: () => void restoreContact(contact.id).then(() => navigate(`/contacts/${contact.id}`))
      })
      navigate('/contacts')
    } catch (e) {
      notify.failure(e)
    }
  }

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
          </Group>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
              {t('common.edit')}
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={confirm.open}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <ContactProfile contact={contact} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <ContactConsent contact={contact} />
        </Grid.Col>
      </Grid>
      <ContactFormModal opened={editing} onClose={edit.close} contact={contact} />
      <ConfirmDelete opened={confirming} name={name} onCancel={confirm.close} onConfirm={remove} />
    </>
  )
}
