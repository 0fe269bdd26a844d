// The reads a screen starts with the navigation to it: they run while the screen's code loads and
// the screen it replaces unmounts (50–130 ms on the large workspace), and the screen's own queries
// are given them instead of reading again (see prefetchQuery and sharedQuery).
import { matchPath } from 'react-router'
import { prefetchOrganizationPage, prefetchOrganizationsList } from '@renderer/features/organizations'
import { preloadPipeline } from '@renderer/features/pipeline'
import { sideCardsOnNavigation } from '@renderer/features/follow-ups'
import { todayDate } from '@shared/domain/dates'

const FIRST_READS: { path: string; start: (params: Partial<Record<string, string>>) => void }[] = [
  { path: '/companies', start: prefetchOrganizationsList },
  { path: '/companies/:id', start: ({ id }) => id && prefetchOrganizationPage(id) },
  { path: '/pipeline', start: preloadPipeline }
]

export function startFirstReads(pathname: string): void {
  // Today's side cards: started going to Today, stopped between their steps going anywhere else
  sideCardsOnNavigation(pathname === '/today', todayDate())
  for (const { path, start } of FIRST_READS) {
    const match = matchPath(path, pathname)
    if (match) return start(match.params)
  }
}
