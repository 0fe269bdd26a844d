import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/channels'
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu/template'
import { MENU_LABELS } from '../../../electron/main/menu/catalogue'

type Item = MenuItemConstructorOptions

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn<(command: MenuCommand) => void>()
  const template = buildMenuTemplate({ language: 'fr', isMac: false, isDev: false, send, ...overrides })
  const byId = (id: string) => flatten(template).find((item) => item.id === id)
  return { template, send, byId, all: flatten(template) }
}

function click(item: Item | undefined): void {
  if (!item?.click) throw new Error('item has no click')
  // Electron passes (menuItem, window, event); the command items use none of them
  Reflect.apply(item.click, undefined, [])
}

describe('native menu', () => {
  it('has File, Edit, View and Help in French', () => {
    expect(build({ language: 'fr' }).template.map((menu) => menu.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide'
    ])
  })

  it('has File, Edit, View and Help in English', () => {
    expect(build({ language: 'en' }).template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help'
    ])
  })

  it('labels every command item in the chosen language', () => {
    expect(build({ language: 'fr' }).byId('log-meeting')?.label).toBe('Consigner une rencontre')
    expect(build({ language: 'en' }).byId('log-meeting')?.label).toBe('Log a meeting')
    expect(build({ language: 'en' }).byId('new-company')?.label).toBe('New company')
  })

  it('offers every renderer command once, and sends it on click', () => {
    const { all, send, byId } = build()
    const ids = all.map((item) => item.id).filter((id) => id !== undefined)
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort())
    for (const command of MENU_COMMANDS) {
      click(byId(command))
      expect(send).toHaveBeenLastCalledWith(command)
    }
    expect(send).toHaveBeenCalledTimes(MENU_COMMANDS.length)
  })

  it('binds the shortcuts of the main commands', () => {
    const { byId } = build()
    expect(byId('log-meeting')?.accelerator).toBe('CmdOrCtrl+L')
    expect(byId('open-search')?.accelerator).toBe('CmdOrCtrl+K')
    expect(byId('new-company')?.accelerator).toBe('CmdOrCtrl+N')
    expect(byId('new-opportunity')?.accelerator).toBe('CmdOrCtrl+Shift+F')
    expect(byId('go-settings')?.accelerator).toBe('CmdOrCtrl+,')
    expect(byId('go-reports')?.accelerator).toBe('CmdOrCtrl+8')
    expect(byId('export-report')?.accelerator).toBe('CmdOrCtrl+E')
    // Ctrl+Z belongs to the text fields' own undo
    expect(byId('undo')?.accelerator).toBeUndefined()
  })

  it('uses no accelerator twice', () => {
    const accelerators = build().all.flatMap((item) => (item.accelerator ? [item.accelerator] : []))
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('keeps editing to Electron roles so text fields work', () => {
    const roles = build().all.map((item) => item.role)
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit'])
    )
  })

  it('shows developer tools only in development', () => {
    expect(build({ isDev: false }).all.some((item) => item.role === 'toggleDevTools')).toBe(false)
    expect(build({ isDev: true }).all.some((item) => item.role === 'toggleDevTools')).toBe(true)
  })

  it('adds the application menu on macOS, with settings there', () => {
    const { template } = build({ isMac: true, language: 'en' })
    expect(template.map((menu) => menu.label)).toEqual(['Relais', 'File', 'Edit', 'View', 'Help'])
    expect(flatten([template[0] ?? {}]).some((item) => item.id === 'go-settings')).toBe(true)
  })

  it('has every label in both catalogues', () => {
    expect(Object.keys(MENU_LABELS.fr).sort()).toEqual(Object.keys(MENU_LABELS.en).sort())
    for (const label of Object.values(MENU_LABELS.fr)) expect(label.trim()).not.toBe('')
  })
})
