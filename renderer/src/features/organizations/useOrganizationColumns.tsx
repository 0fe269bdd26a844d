import { Anchor, Badge } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LastContact } from '@renderer/components/LastContact'
import { TagList } from '@renderer/components/TagList'
import type { Column } from '@renderer/components/VirtualTable'
import { regionName } from '@shared/domain/regions'
import type { Organization } from '@shared/schemas'

export function useOrganizationColumns(): Column<Organization>[] {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  return useMemo(
    () => [
      {
        key: 'name',
        header: t('fields.name'),
        width: 'minmax(220px, 2.2fr)',
        sortable: true,
        render: (o) => (
          <Anchor component={Link} to={`/companies/${o.id}`} fw={600} size="sm">
            {o.name}
          </Anchor>
        )
      },
      {
        key: 'kind',
        header: t('fields.kind'),
        width: 'minmax(110px, 1fr)',
        sortable: true,
        render: (o) => t(`enums.kind.${o.kind}`)
      },
      {
        key: 'region',
        header: t('fields.region'),
        width: 'minmax(160px, 1.4fr)',
        sortable: true,
        render: (o) => (
          <span title={regionName(o.region, language)}>
            {regionName(o.region, language).replace(/^\d\d · /, '')}
          </span>
        )
      },
      {
        key: 'city',
        header: t('fields.city'),
        width: 'minmax(110px, 1fr)',
        sortable: true,
        render: (o) => o.city
      },
      {
        key: 'stage',
        header: t('fields.stage'),
        width: 'minmax(100px, 0.9fr)',
        sortable: true,
        render: (o) => (o.stage ? t(`enums.companyStage.${o.stage}`) : '')
      },
      {
        key: 'tier',
        header: t('fields.tier'),
        width: 'minmax(120px, 1fr)',
        sortable: true,
        render: (o) =>
          o.tier ? (
            <Badge color={o.tier === 'key-account' ? 'relais' : 'gray'}>{t(`enums.tier.${o.tier}`)}</Badge>
          ) : null
      },
      {
        key: 'tags',
        header: t('fields.tags'),
        width: 'minmax(140px, 1.2fr)',
        render: (o) => <TagList tags={o.tags} max={2} />
      },
      {
        key: 'lastInteractionAt',
        header: t('fields.lastContact'),
        width: 'minmax(120px, 1fr)',
        sortable: true,
        render: (o) => <LastContact at={o.lastInteractionAt} />
      }
    ],
    [t, language]
  )
}
