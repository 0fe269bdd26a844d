import { createHashRouter, Navigate } from 'react-router'
import { CaptureScreen } from '@renderer/features/capture'
import { CompaniesScreen, CompanyScreen } from '@renderer/features/companies'
import { ContactScreen, ContactsScreen } from '@renderer/features/contacts'
import { EventModeScreen, EventScreen, EventsScreen } from '@renderer/features/events'
import { TodayScreen } from '@renderer/features/follow-ups'
import { IntroductionsScreen } from '@renderer/features/introductions'
import { OpportunityScreen } from '@renderer/features/pipeline'
import { SettingsScreen } from '@renderer/features/settings'
import { TrashScreen } from '@renderer/features/trash'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { AppLayout } from './AppLayout'

// Screens with charts, drag and drop or spreadsheet writers load when first opened: the first
// screen of the day (Today) starts without parsing them.
const lazyScreens = {
  pipeline: async () => ({
    Component: (await import('@renderer/features/pipeline/PipelineScreen')).PipelineScreen
  }),
  impact: async () => ({ Component: (await import('@renderer/features/impact')).ImpactScreen }),
  reports: async () => ({ Component: (await import('@renderer/features/reports')).ReportsScreen })
}

// Hash routing: works unchanged under app://relais in the desktop app and in browser mode.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/today" replace /> },
      { path: 'today', element: <TodayScreen /> },
      { path: 'capture', element: <CaptureScreen /> },
      { path: 'companies', element: <CompaniesScreen /> },
      { path: 'companies/:id', element: <CompanyScreen /> },
      { path: 'contacts', element: <ContactsScreen /> },
      { path: 'contacts/:id', element: <ContactScreen /> },
      { path: 'pipeline', lazy: lazyScreens.pipeline },
      { path: 'pipeline/:id', element: <OpportunityScreen /> },
      { path: 'events', element: <EventsScreen /> },
      { path: 'events/:id', element: <EventScreen /> },
      { path: 'events/:id/capture', element: <EventModeScreen /> },
      { path: 'introductions', element: <IntroductionsScreen /> },
      { path: 'impact', lazy: lazyScreens.impact },
      { path: 'reports', lazy: lazyScreens.reports },
      { path: 'settings', element: <SettingsScreen /> },
      { path: 'trash', element: <TrashScreen /> },
      { path: '*', element: <NotFoundScreen /> }
    ]
  }
])
