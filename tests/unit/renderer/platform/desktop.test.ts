import { describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/errors'
import type { RelaisBridge } from '@shared/ipc/contract'
import type { IpcResult } from '@shared/ipc/result'
import { createDesktopPlatform } from '@renderer/platform/desktop'

function fakeBridge(result: IpcResult<unknown>) {
  const invoke = vi.fn<(channel: string, request: unknown) => Promise<IpcResult<unknown>>>(async () => result)
  const bridge: RelaisBridge = {
    systemLanguage: 'fr',
    // The fake returns the same result for every channel; the platform only unwraps it
    invoke: (channel, request) => invoke(channel, request).then((value) => value as never),
    onMenuCommand: vi.fn(() => () => undefined),
    onBeforeQuit: vi.fn(() => () => undefined),
    onExportProgress: vi.fn(() => unsubscribe)
  }
  const unsubscribe = vi.fn()
  return { bridge, invoke, unsubscribe }
}

describe('desktop platform', () => {
  it('maps a save request onto the file-save channel and returns its reply', async () => {
    const { bridge, invoke } = fakeBridge({ ok: true, value: { saved: true, fileName: 'a.csv' } })
    const platform = createDesktopPlatform(bridge)
    const reply = await platform.saveFile({
      suggestedName: 'a.csv',
      filterName: 'CSV',
      extensions: ['csv'],
      mimeType: 'text/csv',
      content: 'x'
    })
    expect(reply).toEqual({ saved: true, fileName: 'a.csv' })
    expect(invoke).toHaveBeenCalledWith('file-save', {
      suggestedName: 'a.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      content: 'x'
    })
  })

  it('exports through main, listening to progress only while the export runs', async () => {
    const { bridge, invoke, unsubscribe } = fakeBridge({
      ok: true,
      value: { saved: true, fileName: 'a.xlsx' }
    })
    const request = {
      format: 'xlsx' as const,
      suggestedName: 'a.xlsx',
      language: 'fr' as const,
      delimiter: ';' as const,
      sheets: []
    }
    const onProgress = vi.fn()
    expect(await createDesktopPlatform(bridge).exportReport(request, onProgress)).toEqual({
      saved: true,
      fileName: 'a.xlsx'
    })
    expect(invoke).toHaveBeenCalledWith('reports-export', request)
    expect(bridge.onExportProgress).toHaveBeenCalledWith(onProgress)
    expect(unsubscribe).toHaveBeenCalled()
  })

  it('reads automatic backups through main', async () => {
    const file = new Uint8Array([0x7b, 0x7d])
    const { bridge, invoke } = fakeBridge({ ok: true, value: { content: file } })
    expect(await createDesktopPlatform(bridge).backups?.read('relais-x.json')).toBe(file)
    expect(invoke).toHaveBeenCalledWith('backup-read', { name: 'relais-x.json' })
  })

  it('throws an AppError carrying the i18n key of a refusal', async () => {
    const { bridge } = fakeBridge({
      ok: false,
      error: { key: 'errors.file.diskFull', params: { fileName: 'a.csv' } }
    })
    const error = await createDesktopPlatform(bridge)
      .openFile({ filterName: 'CSV', extensions: ['csv'], maxBytes: 10 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ key: 'errors.file.diskFull', params: { fileName: 'a.csv' } })
  })

  it('throws when the system could not open a link', async () => {
    const { bridge } = fakeBridge({ ok: true, value: { opened: false } })
    await expect(createDesktopPlatform(bridge).openExternal('https://example.com')).rejects.toMatchObject({
      key: 'errors.shell.openFailed'
    })
  })

  it('reads the system language synchronously and passes menu commands through', () => {
    const { bridge } = fakeBridge({ ok: true, value: undefined })
    const platform = createDesktopPlatform(bridge)
    expect(platform.kind).toBe('desktop')
    expect(platform.systemLanguage()).toBe('fr')
    const listener = vi.fn()
    platform.onMenuCommand(listener)
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener)
  })
})
