import { Button, EmptyState } from '@mantine/core'
import { IconMapQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function NotFoundScreen({ messageKey = 'common.notFound' }: { messageKey?: string }) {
  const { t } = useTranslation()
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapQuestion aria-hidden />}
      title={t(messageKey)}
      description={t('common.notFoundHint')}
    >
      <Button component={Link} to="/today" variant="light">
        {t('common.backHome')}
      </Button>
    </EmptyState>
  )
}
