import { Button } from '@mantine/core'
import { IconFilterOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** "Clear filters" at the end of a list's filter bar. */
export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation()
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClick}>
      {t('common.clearFilters')}
    </Button>
  )
}
