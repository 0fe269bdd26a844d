import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionCard } from '@renderer/components/SectionCard'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { stageAmountCents } from '@shared/domain/pipeline'
import { compareText } from '@shared/domain/text'
import { OpportunityFormModal } from './form/OpportunityFormModal'
import { useCompanyOpportunities, useStages } from './usePipeline'
import { STAGE_KIND_COLORS } from './constants'

/** The company page's "Financing files" card: its files with stage and amount, and a new one. */
export function CompanyFiles({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { byId, nameOf } = useStages()
  const [creating, create] = useDisclosure()
  const files = [...(useCompanyOpportunities(organizationId).data ?? [])].sort(
    (a, b) => (a.closedAt === null ? 0 : 1) - (b.closedAt === null ? 0 : 1) || compareText(a.title, b.title)
  )
  return (
    <SectionCard
      title={t('pipeline.company.title', { count: files.length })}
      actions={
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={create.open}
        >
          {t('pipeline.new')}
        </Button>
      }
    >
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pipeline.company.empty')}
        </Text>
      ) : (
        <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {files.map((file) => {
            const stage = byId.get(file.stageId)
            return (
              <Group
                key={file.id}
                component="li"
                justify="space-between"
                py="xs"
                wrap="nowrap"
                style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              >
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
              </Group>
            )
          })}
        </Stack>
      )}
      <OpportunityFormModal opened={creating} onClose={create.close} defaultOrganizationId={organizationId} />
    </SectionCard>
  )
}
