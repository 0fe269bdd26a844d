import { Button, Select, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { setSetting } from '@renderer/db/repositories/settings'
// Not through the settings index: it lists this section, so that would be an import cycle
import { SettingRow } from '@renderer/components/SettingRow'
import { useSetting } from '@renderer/hooks/useSetting'
import { WholeNumberSetting } from '@renderer/components/WholeNumberSetting'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { getPlatform } from '@renderer/platform'
import { formatTime } from '@shared/domain/dates'

const HOURS = Array.from({ length: 24 }, (_, hour) => hour)

function NotificationPermission() {
  const { t } = useTranslation()
  const platform = getPlatform()
  const [permission, setPermission] = useState(() => platform.notificationPermission())
  if (permission === 'granted') return <Text size="sm">{t('followUps.settings.notificationsOn')}</Text>
  if (permission === 'denied')
    return (
      <Text size="sm" c="dimmed">
        {t('followUps.settings.notificationsBlocked')}
      </Text>
    )
  return (
    <Button
      variant="light"
      onClick={async () => setPermission(await platform.requestNotificationPermission())}
    >
      {t('followUps.settings.allowNotifications')}
    </Button>
  )
}

/** Settings › Follow-ups: when a relationship is stale, when the daily reminder comes. */
export function FollowUpSettings() {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const notify = useNotify()
  const staleDays = useSetting('staleDays')
  const reminderHour = useSetting('reminderHour')
  const saveStaleDays = (days: number) => setSetting('staleDays', days).catch(notify.failure)
  const saveReminderHour = (hour: number) => setSetting('reminderHour', hour).catch(notify.failure)
  const hourLabel = (hour: number) => formatTime(new Date(2026, 0, 1, hour).toISOString(), language)

  return (
    <SectionCard title={t('followUps.settings.title')}>
      <SettingRow
        title={t('followUps.settings.staleDays')}
        description={t('followUps.settings.staleDaysHint')}
        control={
          staleDays !== undefined && (
            <WholeNumberSetting
              label={t('followUps.settings.staleDays')}
              value={staleDays}
              min={1}
              max={3650}
              unit={(count) => t('followUps.settings.days', { count })}
              onSave={(days) => void saveStaleDays(days)}
            />
          )
        }
      />
      <SettingRow
        title={t('followUps.settings.reminderHour')}
        description={t('followUps.settings.reminderHourHint')}
        control={
          <Select
            aria-label={t('followUps.settings.reminderHour')}
            w={140}
            allowDeselect={false}
            data={HOURS.map((hour) => ({ value: String(hour), label: hourLabel(hour) }))}
            value={reminderHour === undefined ? null : String(reminderHour)}
            onChange={(value) => value !== null && void saveReminderHour(Number(value))}
          />
        }
      />
      {getPlatform().kind === 'browser' && (
        <SettingRow
          title={t('followUps.settings.notifications')}
          description={t('followUps.settings.notificationsHint')}
          control={<NotificationPermission />}
        />
      )}
    </SectionCard>
  )
}
