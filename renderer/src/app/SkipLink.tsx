import { useTranslation } from 'react-i18next'
import classes from './SkipLink.module.css'

export const MAIN_CONTENT_ID = 'main-content'

/** The first stop of Tab: jumps over the header and navigation to the screen's content. */
export function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className={classes.link}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // The hash belongs to the router: move focus without navigating.
        event.preventDefault()
        document.getElementById(MAIN_CONTENT_ID)?.focus()
      }}
    >
      {t('app.skipToContent')}
    </a>
  )
}
