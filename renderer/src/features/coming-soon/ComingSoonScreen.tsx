import { EmptyState } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@renderer/components/PageHeader'

/** A screen whose feature has not landed yet: says what it will do. */
export function ComingSoonScreen({ feature }: { feature: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t(`nav.${feature}`)} />
      <EmptyState
        mt="xl"
        icon={<IconHourglass aria-hidden />}
        title={t('coming.title')}
        description={t(`coming.${feature}`)}
      />
    </>
  )
}
