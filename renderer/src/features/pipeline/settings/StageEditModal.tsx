import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useEnumOptions } from '@renderer/hooks/useOptions'
import { percentSuffix } from '@shared/domain/percent'
import { amountBasisOf } from '@shared/domain/pipeline-stages'
import { AMOUNT_BASES, pipelineStageSchema, STAGE_KINDS, type PipelineStage } from '@shared/schemas'

type StageDraft = Omit<PipelineStage, 'id'>

interface StageEditModalProps {
  opened: boolean
  /** The stage to rename or adjust; a new stage when absent. */
  stage?: PipelineStage
  onClose: () => void
  onSave: (draft: StageDraft) => Promise<boolean>
}

const NEW_STAGE: StageDraft = { fr: '', en: '', probability: 50, kind: 'open', amountBasis: 'requested' }

export function StageEditModal({ opened, stage, onClose, onSave }: StageEditModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(stage ? 'pipeline.stages.editTitle' : 'pipeline.stages.newTitle')}
    >
      {opened && <StageForm stage={stage} onClose={onClose} onSave={onSave} />}
    </Modal>
  )
}

function StageForm({ stage, onClose, onSave }: Omit<StageEditModalProps, 'opened'>) {
  const { t } = useTranslation()
  const { validate } = useFormErrors()
  const { language } = useFormatters()
  const kindOptions = useEnumOptions('stageKind', STAGE_KINDS)
  const basisOptions = useEnumOptions('amountBasis', AMOUNT_BASES)
  const form = useForm<StageDraft>({
    initialValues: stage ? { ...stage, amountBasis: amountBasisOf(stage) } : NEW_STAGE,
    validate: (values) => validate(pipelineStageSchema, { ...values, id: stage?.id ?? 'new' })
  })
  const submit = form.onSubmit(async (values) => {
    const { fr, en, probability, kind, amountBasis } = values
    if (await onSave({ fr: fr.trim(), en: en.trim(), probability: Number(probability), kind, amountBasis }))
      onClose()
  })
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('pipeline.stages.nameFr')}
            required
            data-autofocus
            {...form.getInputProps('fr')}
          />
          <TextInput label={t('pipeline.stages.nameEn')} required {...form.getInputProps('en')} />
        </SimpleGrid>
        <NumberInput
          label={t('pipeline.stages.probability')}
          description={t('pipeline.stages.probabilityHint')}
          min={0}
          max={100}
          suffix={percentSuffix(language)}
          allowDecimal={false}
          {...form.getInputProps('probability')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('pipeline.stages.kind')}
            description={stage ? t('pipeline.stages.kindFixed') : undefined}
            data={kindOptions}
            allowDeselect={false}
            // Files sit in a stage by its kind (a won file in a won stage): it is chosen once.
            disabled={stage !== undefined}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('pipeline.stages.amountBasis')}
            data={basisOptions}
            allowDeselect={false}
            {...form.getInputProps('amountBasis')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t(stage ? 'common.save' : 'pipeline.stages.add')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
