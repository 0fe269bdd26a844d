import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { updateSetting } from '@renderer/db/repositories/settings'
// Not through the settings index: it lists this section, so that would be an import cycle
import { SettingRow } from '@renderer/components/SettingRow'
import { useSetting } from '@renderer/hooks/useSetting'
import { WholeNumberSetting } from '@renderer/components/WholeNumberSetting'
import { useNotify } from '@renderer/hooks/useNotify'
import { DEFAULT_CADENCE_DAYS } from '@shared/domain/cadence'
import { TIERS, type Tier } from '@shared/schemas'

/** Settings › Stay-in-touch cadence: days between two contacts for each tier. */
export function CadenceSettings() {
  const { t } = useTranslation()
  const notify = useNotify()
  const cadence = useSetting('cadenceDays')
  const save = (tier: Tier, days: number) =>
    updateSetting('cadenceDays', (stored) => ({ ...stored, [tier]: days })).catch(notify.failure)
  return (
    <SectionCard title={t('health.cadence.title')}>
      <Text size="sm" c="dimmed">
        {t('health.cadence.description')}
      </Text>
      {cadence &&
        TIERS.map((tier) => (
          <SettingRow
            key={tier}
            title={t(`enums.tier.${tier}`)}
            description={t('health.cadence.byDefault', { count: DEFAULT_CADENCE_DAYS[tier] })}
            control={
              <WholeNumberSetting
                label={t('health.cadence.tierLabel', { tier: t(`enums.tier.${tier}`) })}
                value={cadence[tier]}
                min={1}
                max={3650}
                unit={(count) => t('health.cadence.days', { count })}
                onSave={(days) => save(tier, days)}
              />
            }
          />
        ))}
    </SectionCard>
  )
}
