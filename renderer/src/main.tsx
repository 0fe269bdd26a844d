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
import { initI18n, loadLanguage } from './i18n'
import { getPlatform } from './platform'

// The benchmark's hooks exist only in `vite build --mode bench`: MODE is replaced at build time
if (import.meta.env.MODE === 'bench') void import('./bench/hooks').then((m) => m.installBenchHooks())

// Today is the first screen (also at '#/'): its code loads alongside the database's opening
if (/^(#\/?(today)?)?$/.test(window.location.hash)) preloadToday()

// The texts of the likely language load alongside the database's opening (bootstrap reads the
// stored one, usually the same)
void loadLanguage(getPlatform().systemLanguage())

const root = createRoot(document.getElementById('root')!)

/** The database may be unreadable, so the language comes from the system here. */
async function systemI18n() {
  const language = getPlatform().systemLanguage()
  await loadLanguage(language)
  return initI18n(language)
}

function showProblem(problem: StartupProblem): void {
  void systemI18n().then(() => root.render(<StartupNotice problem={problem} />))
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
  async (error: unknown) => {
    console.error(error)
    // A refusal with a reason (e.g. no backup could be made before an upgrade) is said in words
    const words = isAppError(error) ? (await systemI18n()).t(error.key, error.params) : null
    showProblem({
      kind: 'failed',
      detail: words ?? (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    })
  }
)
