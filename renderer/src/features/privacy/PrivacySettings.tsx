import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionCard } from '@renderer/components/SectionCard'
import { PrivacyOfficerLine } from './PrivacyOfficerLine'
import { PrivacyRegister } from './PrivacyRegister'
import { RetentionReview } from './RetentionReview'

/** Settings › Privacy (Law 25): retention review and the register of requests and erasures. */
export function PrivacySettings() {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('privacy.settings.title')}>
      <RetentionReview />
      <Title order={4} size="h5" mb="xs">
        {t('privacy.settings.register')}
      </Title>
      <PrivacyOfficerLine />
      <PrivacyRegister />
    </SectionCard>
  )
}
