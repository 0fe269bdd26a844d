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
import { StartupNotice, type StartupProblem } from './app/StartupNotice'
import { preloadToday } from './features/follow-ups'
import { initI18n } from './i18n'
import { getPlatform } from './platform'

// The benchmark's hooks exist only in `vite build --mode bench`: MODE is replaced at build time
if (import.meta.env.MODE === 'bench') void import('./bench/hooks').then((m) => m.installBenchHooks())

// Today is the first screen (also at '#/'): its code loads alongside the database's opening
if (/^(#\/?(today)?)?$/.test(window.location.hash)) preloadToday()

const root = createRoot(document.getElementById('root')!)

function showProblem(problem: StartupProblem): void {
  // The database may be unreadable, so the language comes from the system here.
  initI18n(getPlatform().systemLanguage())
  root.render(<StartupNotice problem={problem} />)
}

bootstrap({
  onBlocked: () => showProblem({ kind: 'blocked' }),
  onUpgradedElsewhere: () => showProblem({ kind: 'upgraded-elsewhere' })
}).then(
  (boot) =>
    root.render(
      <StrictMode>
        <App boot={boot} />
      </StrictMode>
    ),
  (error: unknown) => {
    console.error(error)
    // A refusal with a reason (e.g. no backup could be made before an upgrade) is said in words
    const words = isAppError(error)
      ? initI18n(getPlatform().systemLanguage()).t(error.key, error.params)
      : null
    showProblem({
      kind: 'failed',
      detail: words ?? (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    })
  }
)
