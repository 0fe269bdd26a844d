import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function LoadingState({ minHeight = 240 }: { minHeight?: number | string }) {
  const { t } = useTranslation()
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Loader size="md" type="dots" aria-label={t('common.loading')} />
    </Center>
  )
}
