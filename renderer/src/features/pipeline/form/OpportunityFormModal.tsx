import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { OpportunityForm } from './OpportunityForm'
import type { OpportunityFormOptions } from './useOpportunityForm'

interface OpportunityFormModalProps extends Omit<OpportunityFormOptions, 'onClose'> {
  opened: boolean
  onClose: () => void
}

export function OpportunityFormModal({ opened, onClose, ...options }: OpportunityFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t(options.file ? 'pipeline.form.editTitle' : 'pipeline.form.newTitle')}
    >
      {opened && <OpportunityForm {...options} onClose={onClose} />}
    </Modal>
  )
}
