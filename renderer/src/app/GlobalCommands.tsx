import { useDisclosure } from '@mantine/hooks'
import { useNavigate } from 'react-router'
import { CompanyFormModal } from '@renderer/features/companies'
import { ContactFormModal } from '@renderer/features/contacts'
import { NewOpportunityCommand } from '@renderer/features/pipeline'
import { useCommand, useCommandSources } from './commands'

/** Commands that work from every screen: go to a screen, create a company or a contact. */
export function GlobalCommands() {
  const navigate = useNavigate()
  const [companyOpen, company] = useDisclosure()
  const [contactOpen, contact] = useDisclosure()
  useCommandSources()
  useCommand('go-today', () => navigate('/today'))
  useCommand('go-companies', () => navigate('/companies'))
  useCommand('go-contacts', () => navigate('/contacts'))
  useCommand('go-pipeline', () => navigate('/pipeline'))
  useCommand('go-settings', () => navigate('/settings'))
  useCommand('new-company', company.open)
  useCommand('new-contact', contact.open)
  return (
    <>
      <CompanyFormModal
        opened={companyOpen}
        onClose={company.close}
        onSaved={(o) => navigate(`/companies/${o.id}`)}
      />
      <ContactFormModal
        opened={contactOpen}
        onClose={contact.close}
        onSaved={(c) => navigate(`/contacts/${c.id}`)}
      />
      <NewOpportunityCommand />
    </>
  )
}
