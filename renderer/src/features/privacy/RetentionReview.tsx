import { Anchor, Group, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { listRetentionReview, RETENTION_REVIEW_SHOWN } from '@renderer/db/repositories/privacy'
import { setSetting } from '@renderer/db/repositories/settings'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { SettingRow } from '@renderer/components/SettingRow'
import { WholeNumberSetting } from '@renderer/components/WholeNumberSetting'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { screenVisitSignal } from '@renderer/hooks/screenSettling'
import { todayDate } from '@shared/domain/dates'
import { contactDisplayName } from '@shared/domain/list-filters'

/** How many years without contact before review, and the contacts past it. */
export function RetentionReview() {
  const { t } = useTranslation()
  const format = useFormatters()
  const notify = useNotify()
  // the visit of Settings it was shown in: leaving Settings stops its long read
  const visit = useMemo(screenVisitSignal, [])
  const review = useDbQuery(
    () => listRetentionReview(todayDate(), RETENTION_REVIEW_SHOWN, visit),
    [visit]
  ).data
  if (!review) return null
  const saveYears = (years: number) => setSetting('retentionYears', years).catch(notify.failure)
  return (
    <>
      <SettingRow
        title={t('privacy.settings.retentionYears')}
        description={t('privacy.settings.retentionYearsHint')}
        control={
          <WholeNumberSetting
            label={t('privacy.settings.retentionYears')}
            value={review.years}
            min={1}
            max={50}
            unit={(count) => t('privacy.settings.years', { count })}
            onSave={(years) => void saveYears(years)}
          />
        }
      />
      <Text fw={600} size="sm">
        {review.contacts.length === 0
          ? t('privacy.settings.reviewNone')
          : t('privacy.settings.review', { count: review.contacts.length })}
      </Text>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} mb="md">
        {review.contacts.slice(0, RETENTION_REVIEW_SHOWN).map((contact) => (
          <Group key={contact.id} component="li" gap="xs">
            <Anchor component={Link} to={`/contacts/${contact.id}`} size="sm">
              {contactDisplayName(contact)}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[
                contact.organizationId ? review.organizations.get(contact.organizationId) : '',
                contact.lastInteractionAt
                  ? t('privacy.settings.lastSeen', {
                      date: format.date(contact.lastInteractionAt.slice(0, 10))
                    })
                  : t('privacy.settings.neverSeen', { date: format.date(contact.createdAt.slice(0, 10)) })
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Group>
        ))}
      </Stack>
    </>
  )
}
