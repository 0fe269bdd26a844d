import { Anchor, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DetailList } from '@renderer/components/DetailList'
import { NotesSection } from '@renderer/components/NotesSection'
import { SectionCard } from '@renderer/components/SectionCard'
import type { OpportunityPageData } from '@renderer/db/repositories/pipeline'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { contactDisplayName } from '@shared/domain/list-filters'
import { stageAmountCents, weightedCents } from '@shared/domain/pipeline'
import { useStages } from '../usePipeline'

/** The file's amounts, dates, people and partners. */
export function OpportunityDetails({ page }: { page: OpportunityPageData }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { byId } = useStages()
  const { file, contact, organizations } = page
  const amount = stageAmountCents(file, byId.get(file.stageId))
  const partners = file.funderIds.flatMap((id) => {
    const partner = organizations.get(id)
    return partner ? [partner] : []
  })
  const jobs = (value: number | null) => format.number(value)
  return (
    <SectionCard title={t('pipeline.page.details')}>
      <DetailList
        items={[
          { label: t('pipeline.fields.product'), value: t(`enums.product.${file.product}`) },
          { label: t('pipeline.fields.program'), value: file.program },
          { label: t('pipeline.fields.requestedCents'), value: format.money(file.requestedCents) },
          { label: t('pipeline.fields.authorizedCents'), value: format.money(file.authorizedCents) },
          { label: t('pipeline.fields.disbursedCents'), value: format.money(file.disbursedCents) },
          { label: t('pipeline.fields.projectCostCents'), value: format.money(file.projectCostCents) },
          { label: t('pipeline.fields.probability'), value: format.percent(file.probability / 100) },
          {
            label: t('pipeline.fields.weighted'),
            value: format.money(weightedCents(amount, file.probability))
          },
          { label: t('pipeline.fields.openedOn'), value: format.date(file.openedOn) },
          { label: t('pipeline.fields.expectedCloseDate'), value: format.date(file.expectedCloseDate) },
          { label: t('pipeline.fields.nextStepDate'), value: format.date(file.nextStepDate) },
          { label: t('pipeline.fields.closedAt'), value: format.timestamp(file.closedAt) },
          {
            label: t('pipeline.fields.primaryContact'),
            value: contact && (
              <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
                {contactDisplayName(contact)}
              </Anchor>
            )
          },
          {
            label: t('pipeline.fields.partners'),
            value: partners.length > 0 && (
              <Group gap="xs" component="span">
                {partners.map((p) => (
                  <Anchor key={p.id} component={Link} to={`/companies/${p.id}`} size="sm">
                    {p.name}
                  </Anchor>
                ))}
              </Group>
            )
          },
          { label: t('pipeline.fields.jobsCreated'), value: jobs(file.jobsCreated) },
          { label: t('pipeline.fields.jobsRetained'), value: jobs(file.jobsRetained) },
          ...(file.outcome === 'lost'
            ? [{ label: t('pipeline.fields.lostReason'), value: file.lostReason }]
            : [])
        ]}
      />
      <NotesSection notes={file.notes} />
    </SectionCard>
  )
}
