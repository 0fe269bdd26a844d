import { Button } from '@mantine/core'
import { IconBookmark } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/**
 * The « Views » button as a list's first frame draws it, without the menu behind it nor its read
 * of the saved views (their first mount weighed on the list's first visit): the same look, hidden
 * from assistive technology and not focusable. The real menu replaces it a moment after the rows
 * show; until its read returns, the real one shows this same label.
 */
export function SavedViewsStandIn() {
  const { t } = useTranslation()
  return (
    <Button
      component="span"
      variant="default"
      leftSection={<IconBookmark size={16} aria-hidden />}
      aria-hidden
      tabIndex={-1}
    >
      {t('savedViews.menu')}
    </Button>
  )
}
