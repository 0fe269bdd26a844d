// The built main process under the fake `electron`: IPC channels, the native menu, the right-click menu.
import { afterEach, describe, expect, it } from 'vitest'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import { ipcContract } from '@shared/ipc/contract'
import type { ContextMenuTarget } from '../../../../electron/main/menu/context-menu'
import type { MenuItemTemplate } from './fake-electron'
import { loadBuiltMain, startApp, type RunningMain } from './load-built-main'

let main: RunningMain
afterEach(() => main.dispose())

async function start(platform: NodeJS.Platform, locale = 'en-US'): Promise<RunningMain> {
  main = loadBuiltMain(platform, { locale })
  await startApp(main)
  return main
}

const CONTRACT = [
  'app-get-info',
  'app-quit-ready',
  'app-set-language',
  'backup-list',
  'backup-read',
  'backup-save-as',
  'backup-write-auto',
  'file-open',
  'file-save',
  'notify-show',
  'reports-export',
  'shell-open-external'
]

describe('IPC', () => {
  it('registers exactly the channels of the contract in shared/ipc', async () => {
    await start('linux')
    const registered = [...main.fake.ipcHandlers.keys()].sort()
    expect(registered).toEqual(CONTRACT)
    expect(registered).toEqual([...IPC_CHANNELS].sort())
    expect(registered).toEqual(Object.keys(ipcContract).sort())
  })

  it('answers our page and refuses any other sender', async () => {
    await start('linux')
    expect(await main.invoke('app-get-info')).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', systemLanguage: 'en' }
    })
    const strangers = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://relais/index.html', parent: {} } },
      { senderFrame: null }
    ]
    for (const sender of strangers) {
      expect(await main.invoke('app-get-info', undefined, sender)).toEqual({
        ok: false,
        error: { key: 'errors.ipc.untrustedSender' }
      })
    }
  })
})

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...(item.submenu ? flatten(item.submenu) : [])])
}

// The keys Electron gives the roles the menu uses (MenuItem role defaults), per platform
function roleAccelerator(role: string, mac: boolean): string | undefined {
  const shared: Record<string, string> = {
    undo: 'CmdOrCtrl+Z',
    cut: 'CmdOrCtrl+X',
    copy: 'CmdOrCtrl+C',
    paste: 'CmdOrCtrl+V',
    selectall: 'CmdOrCtrl+A',
    close: 'CmdOrCtrl+W',
    reload: 'CmdOrCtrl+R',
    resetzoom: 'CmdOrCtrl+0',
    zoomin: 'CmdOrCtrl+Plus',
    zoomout: 'CmdOrCtrl+-'
  }
  const perPlatform: Record<string, string> = mac
    ? { redo: 'Shift+CmdOrCtrl+Z', quit: 'CmdOrCtrl+Q', togglefullscreen: 'Ctrl+Cmd+F', hide: 'Cmd+H' }
    : { redo: 'Ctrl+Y', quit: 'Ctrl+Q', togglefullscreen: 'F11', toggledevtools: 'Ctrl+Shift+I' }
  const key = role.toLowerCase()
  return shared[key] ?? perPlatform[key] ?? (mac && key === 'hideothers' ? 'Cmd+Alt+H' : undefined)
}

/** One spelling per key combination: CmdOrCtrl resolved for the platform, modifiers sorted. */
function normalise(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((part) => {
    const p = part.toLowerCase()
    if (p === 'cmdorctrl' || p === 'commandorcontrol') return mac ? 'cmd' : 'ctrl'
    if (p === 'command') return 'cmd'
    if (p === 'control') return 'ctrl'
    if (p === 'option') return 'alt'
    return p
  })
  const key = parts.pop() ?? ''
  return [...parts.sort(), key].join('+')
}

describe('the native menu', () => {
  it.each([
    ['linux', false],
    ['darwin', true]
  ] as const)('gives each key combination to one item only (%s, roles included)', async (platform, mac) => {
    await start(platform)
    const items = flatten(main.fake.applicationMenu()?.template ?? [])
    const keys = items
      .map((item) => item.accelerator ?? (item.role ? roleAccelerator(item.role, mac) : undefined))
      .filter((key): key is string => key !== undefined)
      .map((key) => normalise(key, mac))
    expect(keys.length).toBeGreaterThan(20)
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })

  it('is rebuilt in the language the page chooses', async () => {
    await start('linux', 'en-US')
    expect(main.fake.applicationMenu()?.template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help'
    ])
    await main.invoke('app-set-language', { language: 'fr' })
    expect(main.fake.applicationMenu()?.template.map((menu) => menu.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aide'
    ])
  })
})

const NO_TARGET: ContextMenuTarget = {
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  linkURL: '',
  editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false }
}
const EDITABLE_FLAGS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

function rightClick(params: Partial<ContextMenuTarget>): MenuItemTemplate[] | undefined {
  const before = main.fake.popups.length
  main.fake.windows[0].webContents.emit('context-menu', {}, { ...NO_TARGET, ...params })
  return main.fake.popups.length > before ? main.fake.popups[main.fake.popups.length - 1].template : undefined
}

const labels = (items: MenuItemTemplate[] | undefined) =>
  items?.map((item) => (item.type === 'separator' ? '---' : item.label))

describe('the right-click menu', () => {
  it('offers spelling suggestions and « add to dictionary » in the language chosen in Relais, not the OS', async () => {
    await start('linux', 'en-US')
    await main.invoke('app-set-language', { language: 'fr' })
    const items = rightClick({
      isEditable: true,
      selectionText: 'rencontr',
      misspelledWord: 'rencontr',
      dictionarySuggestions: ['rencontre', 'rencontré'],
      editFlags: EDITABLE_FLAGS
    })
    expect(labels(items)).toEqual([
      'rencontre',
      'rencontré',
      '---',
      'Ajouter au dictionnaire',
      '---',
      'Couper',
      'Copier',
      'Coller',
      '---',
      'Tout sélectionner'
    ])
    items?.[1].click?.()
    expect(main.fake.windows[0].webContents.replaced).toEqual(['rencontré'])
    items?.[3].click?.()
    expect(main.fake.defaultSession.addedWords).toEqual(['rencontr'])
    expect(items?.slice(5).map((item) => item.role)).toEqual(['cut', 'copy', 'paste', undefined, 'selectAll'])
  })

  it('says so when the spellchecker has no suggestion, in English', async () => {
    await start('win32', 'fr-CA')
    await main.invoke('app-set-language', { language: 'en' })
    const items = rightClick({ isEditable: true, misspelledWord: 'zxqw', editFlags: EDITABLE_FLAGS })
    expect(items?.[0]).toMatchObject({ label: 'No suggestions', enabled: false })
    expect(items?.[2].label).toBe('Add to dictionary')
  })

  it('copies a link, and copies selected text outside a field', async () => {
    await start('darwin', 'fr-CA')
    const items = rightClick({ selectionText: 'Hydrogène Vert', linkURL: 'https://example.org/dossier' })
    expect(labels(items)).toEqual(['Copier', '---', 'Copier le lien'])
    items?.[2].click?.()
    expect(main.fake.clipboardTexts).toEqual(['https://example.org/dossier'])
  })

  it('shows nothing where there is nothing to do', async () => {
    await start('linux')
    expect(rightClick({})).toBeUndefined()
    expect(rightClick({ selectionText: '   ' })).toBeUndefined()
  })
})
