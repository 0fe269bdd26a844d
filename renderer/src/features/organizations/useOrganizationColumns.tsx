import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { RecordLink } from '@renderer/components/RecordLink'
import type { Column } from '@renderer/components/VirtualTable'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { regionName } from '@shared/domain/regions'
import type { Organization } from '@shared/schemas'
import classes from './organizationCells.module.css'

const TAGS_SHOWN = 2

/**
 * The same few texts (a kind, a tier, « il y a 12 jours ») come back on every row: each is
 * translated once per language, not once per row rendered while scrolling 5,000 companies.
 */
function remembered<A extends string | number>(make: (arg: A) => string): (arg: A) => string {
  const texts = new Map<A, string>()
  return (arg) => {
    let text = texts.get(arg)
    if (text === undefined) {
      text = make(arg)
      texts.set(arg, text)
    }
    return text
  }
}

export function useOrganizationColumns(): Column<Organization>[] {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const format = useFormatters()
  return useMemo(() => {
    const label = remembered((key: string) => t(key))
    const daysAgo = remembered((count: number) => t('common.daysAgo', { count }))
    const region = remembered((code: string) => regionName(code, language))
    const regionShort = remembered((code: string) => region(code).replace(/^\d\d · /, ''))
    return [
      {
        key: 'name',
        header: t('fields.name'),
        width: 'minmax(220px, 2.2fr)',
        sortable: true,
        render: (o) => (
          <RecordLink to={`/companies/${o.id}`} className={classes.name}>
            {o.name}
          </RecordLink>
        )
      },
      {
        key: 'kind',
        header: t('fields.kind'),
        width: 'minmax(110px, 1fr)',
        sortable: true,
        render: (o) => label(`enums.kind.${o.kind}`)
      },
      {
        key: 'region',
        header: t('fields.region'),
        width: 'minmax(150px, 1.2fr)',
        sortable: true,
        render: (o) => <span title={region(o.region ?? '')}>{regionShort(o.region ?? '')}</span>
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
        render: (o) => (o.stage ? label(`enums.companyStage.${o.stage}`) : '')
      },
      {
        key: 'tier',
        header: t('fields.tier'),
        width: 'minmax(120px, 1fr)',
        sortable: true,
        render: (o) =>
          o.tier ? (
            <span className={`${classes.badge} ${o.tier === 'key-account' ? classes.keyAccount : ''}`}>
              {label(`enums.tier.${o.tier}`)}
            </span>
          ) : null
      },
      {
        key: 'tags',
        header: t('fields.tags'),
        width: 'minmax(140px, 1.2fr)',
        render: (o) =>
          o.tags.length > 0 && (
            <span className={classes.tags}>
              {o.tags.slice(0, TAGS_SHOWN).map((tag) => (
                <span key={tag} className={`${classes.badge} ${classes.tag}`}>
                  {tag}
                </span>
              ))}
              {o.tags.length > TAGS_SHOWN && (
                <span className={classes.more}>+{o.tags.length - TAGS_SHOWN}</span>
              )}
            </span>
          )
      },
      {
        key: 'lastInteractionAt',
        header: t('fields.lastContact'),
        width: 'minmax(136px, 1.2fr)',
        sortable: true,
        render: (o) => {
          if (!o.lastInteractionAt) return label('common.never')
          const days = Math.max(0, format.daysSince(o.lastInteractionAt))
          return (
            <span title={format.timestamp(o.lastInteractionAt)}>
              {days === 0 ? label('common.today') : daysAgo(days)}
            </span>
          )
        }
      }
    ]
  }, [t, language, format])
}
