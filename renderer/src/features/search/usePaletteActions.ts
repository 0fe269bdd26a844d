import {
  IconBookmark,
  IconBuildingSkyscraper,
  IconCalendarEvent,
  IconChartBar,
  IconFileExport,
  IconKeyboard,
  IconLanguage,
  IconLayoutKanban,
  IconMessagePlus,
  IconReportMoney,
  IconSettings,
  IconSun,
  IconTargetArrow,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
  IconBuildingPlus,
  type Icon
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { runCommand, shortcutLabel } from '@renderer/app/commands'
import { usePreferences } from '@renderer/app/PreferencesProvider'
// The module alone, not the feature's index: the Reports screen loads when first opened
import { storedReportState } from '@renderer/features/reports'
import { savedViewPath, useSavedViews } from '@renderer/features/saved-views'
import type { MenuCommand } from '@shared/ipc/channels'

export interface PaletteAction {
  id: string
  label: string
  icon: Icon
  /** As the keyboard says it ("Ctrl+L"); '' when there is none. */
  shortcut: string
  run: () => void
}

/** What the palette can do besides finding records, each with its shortcut. */
export function usePaletteActions(): PaletteAction[] {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { language, setLanguage } = usePreferences()
  const views = useSavedViews().data ?? []
  const command = (id: MenuCommand, label: string, icon: Icon): PaletteAction => ({
    id,
    label,
    icon,
    shortcut: shortcutLabel(id),
    run: () => void runCommand(id)
  })
  const goTo = (screen: string) => t('search.actions.goTo', { screen: t(`nav.${screen}`) })
  return [
    command('log-meeting', t('search.actions.logMeeting'), IconMessagePlus),
    command('new-company', t('search.actions.newCompany'), IconBuildingPlus),
    command('new-contact', t('search.actions.newContact'), IconUserPlus),
    command('new-opportunity', t('search.actions.newOpportunity'), IconReportMoney),
    command('go-today', goTo('today'), IconSun),
    command('go-companies', goTo('companies'), IconBuildingSkyscraper),
    command('go-contacts', goTo('contacts'), IconUsers),
    command('go-pipeline', goTo('pipeline'), IconLayoutKanban),
    command('go-events', goTo('events'), IconCalendarEvent),
    command('go-introductions', goTo('introductions'), IconUsersGroup),
    command('go-impact', goTo('impact'), IconTargetArrow),
    command('go-reports', goTo('reports'), IconChartBar),
    // Names the report it exports: the one last chosen on the Reports screen
    command(
      'export-report',
      t('search.actions.exportReport', { report: t(`reports.names.${storedReportState().report}`) }),
      IconFileExport
    ),
    command('go-settings', goTo('settings'), IconSettings),
    {
      id: 'switch-language',
      label: t('search.actions.switchLanguage'),
      icon: IconLanguage,
      shortcut: '',
      run: () => void setLanguage(language === 'fr' ? 'en' : 'fr')
    },
    command('show-shortcuts', t('search.actions.shortcuts'), IconKeyboard),
    ...views.map((view) => ({
      id: `view-${view.id}`,
      label: t('savedViews.open', { name: view.name }),
      icon: IconBookmark,
      shortcut: '',
      run: () => navigate(savedViewPath(view))
    }))
  ]
}
