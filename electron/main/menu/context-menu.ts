// The right-click menu of the desktop window, as a plain template (no Electron calls) built from
// the context-menu event's parameters, in the language the person chose in Relais (not the OS's).
// Editing items use Electron's roles; spelling items act on the window through `actions`.
import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '@shared/schemas/common'
import { MENU_LABELS } from './catalogue'

/** The part of Electron's ContextMenuParams the menu reads. */
export interface ContextMenuTarget {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  linkURL: string
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
  copyText(text: string): void
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }
const MAX_SUGGESTIONS = 5

function spellingItems(target: ContextMenuTarget, language: Language, actions: ContextMenuActions): Item[] {
  const l = MENU_LABELS[language]
  const word = target.misspelledWord
  if (!target.isEditable || !word) return []
  const suggestions = target.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
  const guesses: Item[] =
    suggestions.length > 0
      ? suggestions.map((suggestion) => ({
          label: suggestion,
          click: () => actions.replaceMisspelling(suggestion)
        }))
      : [{ label: l.noSpellingSuggestions, enabled: false }]
  return [...guesses, separator, { label: l.addToDictionary, click: () => actions.addToDictionary(word) }]
}

function editingItems(target: ContextMenuTarget, language: Language): Item[] {
  const l = MENU_LABELS[language]
  const { editFlags } = target
  if (target.isEditable) {
    return [
      { role: 'cut', label: l.cut, enabled: editFlags.canCut },
      { role: 'copy', label: l.copy, enabled: editFlags.canCopy },
      { role: 'paste', label: l.paste, enabled: editFlags.canPaste },
      separator,
      { role: 'selectAll', label: l.selectAll, enabled: editFlags.canSelectAll }
    ]
  }
  return target.selectionText.trim() ? [{ role: 'copy', label: l.copy }] : []
}

function linkItems(target: ContextMenuTarget, language: Language, actions: ContextMenuActions): Item[] {
  if (!target.linkURL) return []
  return [{ label: MENU_LABELS[language].copyLink, click: () => actions.copyText(target.linkURL) }]
}

/** The menu's items, groups apart; empty when there is nothing to offer (no menu is shown). */
export function buildContextMenuTemplate(
  target: ContextMenuTarget,
  language: Language,
  actions: ContextMenuActions
): Item[] {
  const groups = [
    spellingItems(target, language, actions),
    editingItems(target, language),
    linkItems(target, language, actions)
  ].filter((group) => group.length > 0)
  return groups.flatMap((group, index) => (index === 0 ? group : [separator, ...group]))
}
