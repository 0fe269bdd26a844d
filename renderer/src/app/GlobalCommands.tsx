import { useDisclosure } from '@mantine/hooks'
import { useNavigate } from 'react-router'
import { OrganizationFormModal } from '@renderer/features/organizations'
import { ContactFormModal } from '@renderer/features/contacts'
import { NewOpportunityCommand } from '@renderer/features/pipeline'
// The module alone, not the feature's index: the Reports screen loads when first opened
import { EXPORT_REPORT_PATH } from '@renderer/features/reports'
import { useCommand, useCommandSources } from './commands'

/** Commands that work from every screen: go to a screen, create a record, export the report. */
export function GlobalCommands() {
  const navigate = useNavigate()
  const [companyOpen, company] = useDisclosure()
  const [contactOpen, contact] = useDisclosure()
  useCommandSources()
  useCommand('go-today', () => navigate('/today'))
  useCommand('go-companies', () => navigate('/companies'))
  useCommand('go-contacts', () => navigate('/contacts'))
  useCommand('go-pipeline', () => navigate('/pipeline'))
  useCommand('go-events', () => navigate('/events'))
  useCommand('go-introductions', () => navigate('/introductions'))
  useCommand('go-impact', () => navigate('/impact'))
  useCommand('go-reports', () => navigate('/reports'))
  useCommand('export-report', () => navigate(EXPORT_REPORT_PATH))
  useCommand('go-settings', () => navigate('/settings'))
  useCommand('new-company', company.open)
  useCommand('new-contact', contact.open)
  return (
    <>
      <OrganizationFormModal
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
