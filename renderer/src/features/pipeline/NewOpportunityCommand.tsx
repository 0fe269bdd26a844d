import { useDisclosure } from '@mantine/hooks'
import { useNavigate } from 'react-router'
import { useCommand } from '@renderer/app/commands'
import { OpportunityFormModal } from './form/OpportunityFormModal'

/** Ctrl/Cmd+Shift+F or File › New financing file, from any screen: the form, then the new file. */
export function NewOpportunityCommand() {
  const navigate = useNavigate()
  const [opened, { open, close }] = useDisclosure()
  useCommand('new-opportunity', open)
  return (
    <OpportunityFormModal
      opened={opened}
      onClose={close}
      onSaved={(file) => navigate(`/pipeline/${file.id}`)}
    />
  )
}
