import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '@renderer/hooks/useErrorText'

export function ErrorState({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={t('errors.loadFailed')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {errorText(error)}
    </Alert>
  )
}
