import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSetting } from '@renderer/hooks/useSetting'
import { isPrivacyOfficerNamed } from '@shared/schemas'
import { officerText } from './officerText'

/** The register's heading line: who is in charge of personal information (Law 25, s. 3.1). */
export function PrivacyOfficerLine() {
  const { t } = useTranslation()
  const officer = useSetting('privacyOfficer')
  if (!officer) return null
  return (
    <Text size="sm" mb="xs">
      {isPrivacyOfficerNamed(officer)
        ? t('privacy.officer.inRegister', { officer: officerText(officer) })
        : t('privacy.officer.notNamedInRegister')}
    </Text>
  )
}
