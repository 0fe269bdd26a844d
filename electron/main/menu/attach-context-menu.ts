// Shows the right-click menu on the window's page, in the language the page last set.
import { clipboard, Menu, type BrowserWindow } from 'electron'
import type { Language } from '@shared/schemas/common'
import { buildContextMenuTemplate } from './context-menu'

export function attachContextMenu(window: BrowserWindow, language: () => Language): void {
  const contents = window.webContents
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, language(), {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
      copyText: (text) => clipboard.writeText(text)
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window })
  })
}
