import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { createOpportunity, updateOpportunity } from '@renderer/db/repositories/opportunities'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { todayDate } from '@shared/domain/dates'
import { closeDateIssue, lostReasonIssue } from '@shared/domain/pipeline-moves'
import { firstOpenStage } from '@shared/domain/pipeline-stages'
import { opportunityInputSchema, type Opportunity } from '@shared/schemas'
import { useStages } from '../usePipeline'
import {
  emptyOpportunityForm,
  formToOpportunityInput,
  opportunityToForm,
  type OpportunityFormValues
} from './opportunityForm'

export interface OpportunityFormOptions {
  /** Edit this file; create a new one when absent. */
  file?: Opportunity
  defaultOrganizationId?: string | null
  onSaved?: (file: Opportunity) => void
  onClose: () => void
}

/** The file form's state, its validation (the repository's rules, translated) and its save. */
export function useOpportunityForm({
  file,
  defaultOrganizationId = null,
  onSaved,
  onClose
}: OpportunityFormOptions) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const { validate } = useFormErrors()
  const { stages } = useStages()
  const openedOn = file?.openedOn ?? todayDate()
  const form = useForm<OpportunityFormValues>({
    initialValues: file
      ? opportunityToForm(file, language)
      : emptyOpportunityForm(firstOpenStage(stages) ?? stages[0], defaultOrganizationId),
    validate: (values) => {
      const { input, moneyErrors } = formToOpportunityInput(values, language)
      const errors = validate(opportunityInputSchema, input)
      for (const [field, key] of Object.entries(moneyErrors)) errors[field] = t(key)
      const issues = [
        closeDateIssue(input.expectedCloseDate ?? null, openedOn),
        lostReasonIssue(file?.outcome ?? null, input.lostReason ?? '')
      ]
      for (const issue of issues) if (issue) errors[issue.path] ??= t(issue.key)
      return errors
    }
  })
  const { read, guard, stale } = useStaleGuard(file, form, (record) => opportunityToForm(record, language))
  const { submit, saving } = useSaveForm(
    form,
    (values) => {
      const { stageId, ...patch } = formToOpportunityInput(values, language).input
      return read
        ? guard((revision) => updateOpportunity(read.id, patch, revision))
        : createOpportunity({ ...patch, stageId })
    },
    (saved) => {
      onSaved?.(saved)
      return {
        message: t(file ? 'pipeline.form.updated' : 'pipeline.form.created', { title: saved.title }),
        close: onClose
      }
    }
  )
  return { form, submit, saving, stages, stale }
}
