import { createHashRouter, Navigate } from 'react-router'
import { CaptureScreen } from '@renderer/features/capture'
import { OrganizationsScreen, OrganizationScreen } from '@renderer/features/organizations'
import { ContactScreen, ContactsScreen } from '@renderer/features/contacts'
import { EventModeScreen, EventScreen, EventsScreen } from '@renderer/features/events'
import { TodayScreen } from '@renderer/features/follow-ups'
import { ImpactScreen } from '@renderer/features/impact'
import { DuplicatesScreen } from '@renderer/features/merge'
import { IntroductionsScreen } from '@renderer/features/introductions'
import { OpportunityScreen, PipelineScreen } from '@renderer/features/pipeline'
import { ReportsScreen } from '@renderer/features/reports'
import { SettingsScreen } from '@renderer/features/settings'
import { TrashScreen } from '@renderer/features/trash'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { screenOpening } from '@renderer/hooks/screenSettling'
import { AppLayout } from './AppLayout'
import { startFirstReads } from './firstReads'
import { SETTINGS_SECTIONS } from './settingsSections'

// Every screen comes from its feature's index, loaded when first opened (lazyScreen): the first
// screen of the day (Today) starts without parsing charts, drag and drop or spreadsheet writers.
// Hash routing: works unchanged under app://relais in the desktop app and in browser mode.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/today" replace /> },
      { path: 'today', element: <TodayScreen /> },
      { path: 'capture', element: <CaptureScreen /> },
      { path: 'companies', element: <OrganizationsScreen /> },
      { path: 'companies/:id', element: <OrganizationScreen /> },
      { path: 'contacts', element: <ContactsScreen /> },
      { path: 'contacts/:id', element: <ContactScreen /> },
      { path: 'pipeline', element: <PipelineScreen /> },
      { path: 'pipeline/:id', element: <OpportunityScreen /> },
      { path: 'events', element: <EventsScreen /> },
      { path: 'events/:id', element: <EventScreen /> },
      { path: 'events/:id/capture', element: <EventModeScreen /> },
      { path: 'introductions', element: <IntroductionsScreen /> },
      { path: 'impact', element: <ImpactScreen /> },
      { path: 'reports', element: <ReportsScreen /> },
      { path: 'settings', element: <SettingsScreen sections={SETTINGS_SECTIONS} /> },
      { path: 'trash', element: <TrashScreen /> },
      { path: 'duplicates/:entity', element: <DuplicatesScreen /> },
      { path: '*', element: <NotFoundScreen /> }
    ]
  }
])

// The first screen and each one opened after it hold the app's background work until they settle
screenOpening()
let shownPath = router.state.location.pathname
router.subscribe(({ location }) => {
  if (location.pathname === shownPath) return
  shownPath = location.pathname
  screenOpening()
  startFirstReads(location.pathname)
})
