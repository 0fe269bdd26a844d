import { useTranslation } from 'react-i18next'
import { FormModal } from '@renderer/components/FormModal'
import { OpportunityForm } from './OpportunityForm'
import type { OpportunityFormOptions } from './useOpportunityForm'

interface OpportunityFormModalProps extends Omit<OpportunityFormOptions, 'onClose'> {
  opened: boolean
  onClose: () => void
}

export function OpportunityFormModal({ opened, onClose, ...options }: OpportunityFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t(options.file ? 'pipeline.form.editTitle' : 'pipeline.form.newTitle')}
    >
      <OpportunityForm {...options} onClose={onClose} />
    </FormModal>
  )
}
