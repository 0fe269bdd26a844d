import {
  IconBookmark,
  IconBuildingSkyscraper,
  IconChartBar,
  IconFileExport,
  IconKeyboard,
  IconLanguage,
  IconLayoutKanban,
  IconMessagePlus,
  IconSettings,
  IconSun,
  IconUserPlus,
  IconUsers,
  IconBuildingPlus,
  type Icon
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { runCommand, shortcutLabel } from '@renderer/app/commands'
import { usePreferences } from '@renderer/app/PreferencesProvider'
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
    command('go-today', goTo('today'), IconSun),
    command('go-companies', goTo('companies'), IconBuildingSkyscraper),
    command('go-contacts', goTo('contacts'), IconUsers),
    command('go-pipeline', goTo('pipeline'), IconLayoutKanban),
    {
      id: 'go-reports',
      label: goTo('reports'),
      icon: IconChartBar,
      shortcut: '',
      run: () => navigate('/reports')
    },
    {
      id: 'export-report',
      label: t('search.actions.exportReport'),
      icon: IconFileExport,
      shortcut: '',
      run: () => navigate('/reports')
    },
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
