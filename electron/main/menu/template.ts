// The native menu as a plain template (no Electron calls), so it can be tested in both languages.
// Command items send a MenuCommand to the renderer; editing items use Electron's roles.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/channels'
import { MENU_SHORTCUTS } from '@shared/ipc/shortcuts'
import type { Language } from '@shared/schemas/common'
import { MENU_LABELS, type MenuLabels } from './catalogue'

export interface MenuOptions {
  language: Language
  isMac: boolean
  /** Adds reload and developer tools. */
  isDev: boolean
  send(command: MenuCommand): void
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }
const shortcuts: Partial<Record<MenuCommand, string>> = MENU_SHORTCUTS

function commandItem(command: MenuCommand, label: string, send: (command: MenuCommand) => void): Item {
  const accelerator = shortcuts[command]
  return { id: command, label, ...(accelerator ? { accelerator } : {}), click: () => send(command) }
}

function macAppMenu(l: MenuLabels, send: MenuOptions['send']): Item {
  return {
    label: 'Relais',
    submenu: [
      { role: 'about', label: l.about },
      separator,
      commandItem('go-settings', l.settings, send),
      separator,
      { role: 'services', label: l.services },
      separator,
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.showAll },
      separator,
      { role: 'quit', label: l.quit }
    ]
  }
}

function fileMenu(l: MenuLabels, o: MenuOptions): Item {
  const tail: Item[] = o.isMac
    ? [separator, { role: 'close' }]
    : [separator, commandItem('go-settings', l.settings, o.send), separator, { role: 'quit', label: l.quit }]
  return {
    label: l.file,
    submenu: [
      commandItem('new-company', l.newCompany, o.send),
      commandItem('new-contact', l.newContact, o.send),
      commandItem('new-opportunity', l.newOpportunity, o.send),
      commandItem('log-meeting', l.logMeeting, o.send),
      separator,
      commandItem('import-calendar', l.importCalendar, o.send),
      commandItem('import-emails', l.importEmails, o.send),
      commandItem('import-vcards', l.importVCards, o.send),
      separator,
      commandItem('export-report', l.exportReport, o.send),
      ...tail
    ]
  }
}

function editMenu(l: MenuLabels, o: MenuOptions): Item {
  return {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      commandItem('undo', l.undoLastChange, o.send),
      separator,
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
      separator,
      commandItem('open-search', l.search, o.send)
    ]
  }
}

function viewMenu(l: MenuLabels, o: MenuOptions): Item {
  const dev: Item[] = o.isDev
    ? [separator, { role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devTools }]
    : []
  return {
    label: l.view,
    submenu: [
      commandItem('go-today', l.today, o.send),
      commandItem('go-companies', l.companies, o.send),
      commandItem('go-contacts', l.contacts, o.send),
      commandItem('go-pipeline', l.pipeline, o.send),
      commandItem('go-events', l.events, o.send),
      commandItem('go-introductions', l.introductions, o.send),
      commandItem('go-impact', l.impact, o.send),
      commandItem('go-reports', l.reports, o.send),
      separator,
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator,
      { role: 'togglefullscreen', label: l.fullScreen },
      ...dev
    ]
  }
}

function helpMenu(l: MenuLabels, o: MenuOptions): Item {
  const about: Item[] = o.isMac ? [] : [separator, { role: 'about', label: l.about }]
  return {
    role: 'help',
    label: l.help,
    submenu: [commandItem('show-shortcuts', l.shortcuts, o.send), ...about]
  }
}

export function buildMenuTemplate(options: MenuOptions): Item[] {
  const l = MENU_LABELS[options.language]
  const menus = [fileMenu(l, options), editMenu(l, options), viewMenu(l, options), helpMenu(l, options)]
  return options.isMac ? [macAppMenu(l, options.send), ...menus] : menus
}
