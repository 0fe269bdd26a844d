import { Modal, SegmentedControl, Stack, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { FormActions } from '@renderer/components/FormActions'
import { setRiskFlag } from '@renderer/db/repositories/relationshipHealth'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useShellOnFirstOpening } from '@renderer/hooks/useShellOnFirstOpening'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { RISK_LEVELS, riskFlagInputSchema, type Organization, type RiskFlag } from '@shared/schemas'

interface RiskFlagModalProps {
  opened: boolean
  onClose: () => void
  company: Organization
  today: string
}

export function RiskFlagModal({ opened, onClose, company, today }: RiskFlagModalProps) {
  const { t } = useTranslation()
  const title = company.riskFlag.level === 'none' ? t('health.risk.raise') : t('health.risk.edit')
  const shell = useShellOnFirstOpening(opened)
  if (!shell.render) return null
  return (
    <Modal opened={shell.opened} onClose={onClose} title={title}>
      {shell.opened && <RiskFlagForm company={company} today={today} onClose={onClose} />}
    </Modal>
  )
}

function RiskFlagForm({ company, today, onClose }: Omit<RiskFlagModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const current = company.riskFlag
  const form = useForm<RiskFlag>({
    initialValues: {
      level: current.level === 'none' ? 'yellow' : current.level,
      reason: current.reason,
      since: current.since ?? today
    },
    validate: (values) => validate(riskFlagInputSchema, values)
  })
  const { submit, saving } = useSaveForm(
    form,
    (values) => setRiskFlag(company.id, values),
    () => ({ message: t('health.risk.saved'), close: onClose })
  )
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('health.risk.level')}
          data={RISK_LEVELS.filter((level) => level !== 'none').map((level) => ({
            value: level,
            label: t(`enums.risk.${level}`)
          }))}
          {...form.getInputProps('level')}
        />
        <Textarea
          label={t('health.risk.reason')}
          description={t('health.risk.reasonHint')}
          required
          data-autofocus
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <DateField
          label={t('health.risk.sinceLabel')}
          required
          maxDate={today}
          {...form.getInputProps('since')}
        />
        <FormActions onCancel={onClose} saving={saving} />
      </Stack>
    </form>
  )
}
