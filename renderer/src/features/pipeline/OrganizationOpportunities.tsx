import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RowList } from '@renderer/components/RowList'
import { RowListItem } from '@renderer/components/RowListItem'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { stageAmountCents } from '@shared/domain/pipeline'
import { compareText } from '@shared/domain/text'
import { OpportunityFormModal } from './form/OpportunityFormModal'
import { useOrganizationOpportunities, useStages } from './usePipeline'
import { STAGE_KIND_COLORS } from './constants'

/** The company page's "Financing files" card: its files with stage and amount, and a new one. */
export function OrganizationOpportunities({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { byId, nameOf } = useStages()
  const [creating, create] = useDisclosure()
  const files = [...(useOrganizationOpportunities(organizationId).data ?? [])].sort(
    (a, b) => (a.closedAt === null ? 0 : 1) - (b.closedAt === null ? 0 : 1) || compareText(a.title, b.title)
  )
  return (
    <SectionCard
      title={t('pipeline.company.title', { count: files.length })}
      actions={
        <SectionButton icon={IconPlus} onClick={create.open}>
          {t('pipeline.new')}
        </SectionButton>
      }
    >
      <RowList empty={t('pipeline.company.empty')} count={files.length}>
        {files.map((file) => {
          const stage = byId.get(file.stageId)
          return (
            <RowListItem key={file.id} justify="space-between">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/pipeline/${file.id}`} fw={600} size="sm">
                  {file.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`enums.product.${file.product}`)}
                  {file.expectedCloseDate &&
                    ` · ${t('pipeline.company.closing', { date: format.date(file.expectedCloseDate) })}`}
                </Text>
              </Stack>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format.money(stageAmountCents(file, stage))}
                </Text>
                <Badge color={STAGE_KIND_COLORS[stage?.kind ?? 'hold']} variant="light" tt="none">
                  {nameOf(file.stageId) || t('pipeline.board.unknownStage')}
                </Badge>
              </Group>
            </RowListItem>
          )
        })}
      </RowList>
      <OpportunityFormModal opened={creating} onClose={create.close} defaultOrganizationId={organizationId} />
    </SectionCard>
  )
}
