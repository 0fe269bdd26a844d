import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DetailList } from '@renderer/components/DetailList'
import { SectionCard } from '@renderer/components/SectionCard'
import { NotesSection } from '@renderer/components/NotesSection'
import { TagList } from '@renderer/components/TagList'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { openLink } from '@renderer/platform/openLink'
import { naicsLabel } from '@shared/domain/naics'
import { regionName } from '@shared/domain/regions'
import type { Organization } from '@shared/schemas'

export function OrganizationProfile({ company }: { company: Organization }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const notify = useNotify()
  const industry = company.industryCode
    ? `${company.industryCode} · ${company.industryLabel || naicsLabel(company.industryCode, format.language) || ''}`
    : company.industryLabel
  return (
    <SectionCard title={t('organizations.profile.title')}>
      <DetailList
        cols={1}
        items={[
          { label: t('fields.neq'), value: company.neq },
          { label: t('fields.industry'), value: industry },
          { label: t('fields.region'), value: regionName(company.region, format.language) },
          { label: t('fields.mrc'), value: company.mrc },
          { label: t('fields.city'), value: company.city },
          {
            label: t('fields.website'),
            value: company.website && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => void openLink(company.website, notify.failure)}
              >
                {company.website.replace(/^https?:\/\//, '')}
              </Anchor>
            )
          },
          { label: t('fields.employees'), value: format.number(company.employees) },
          { label: t('fields.stage'), value: company.stage ? t(`enums.companyStage.${company.stage}`) : '' },
          {
            label: t('fields.tags'),
            value: company.tags.length ? <TagList tags={company.tags} max={10} /> : ''
          },
          { label: t('fields.createdAt'), value: format.timestamp(company.createdAt) }
        ]}
      />
      <NotesSection notes={company.notes} />
    </SectionCard>
  )
}
