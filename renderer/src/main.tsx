import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import '@mantine/charts/styles.css'
import './app/global.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { bootstrap } from './app/bootstrap'
import { isAppError } from '@shared/errors'
import { initI18n } from './i18n'
import { getPlatform } from './platform'

const root = createRoot(document.getElementById('root')!)

bootstrap().then(
  (boot) =>
    root.render(
      <StrictMode>
        <App boot={boot} />
      </StrictMode>
    ),
  (error: unknown) => {
    // The database could not open (blocked upgrade, corrupt store): show why instead of a blank window.
    console.error(error)
    const message = isAppError(error) ? initI18n(getPlatform().systemLanguage()).t(error.key) : String(error)
    root.render(
      <pre role="alert" style={{ padding: 24, whiteSpace: 'pre-wrap' }}>
        {message}
      </pre>
    )
  }
)
