// Browser mode: the same renderer in a plain browser (end-to-end tests, benchmark, `npm run web`).
// Files go out as downloads and come in through a file input; reminders use the Notification API.
import { AppError } from '@shared/errors'
import { IPC_ERROR_KEYS } from '@shared/ipc/result'
import type { Language } from '@shared/schemas/common'
import { writeCsv } from '@shared/reports/csv'
import type { Platform, PickedFile, ReportExportRequest } from './Platform'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The same workbook main writes, built in memory; ExcelJS loads only when someone exports. */
async function exportInBrowser({ format, suggestedName, language, delimiter, sheets }: ReportExportRequest) {
  if (format === 'csv') {
    download(suggestedName, writeCsv(sheets[0], delimiter), 'text/csv;charset=utf-8')
  } else {
    const { buildXlsx } = await import('./browser-xlsx')
    download(suggestedName, await buildXlsx(sheets, language), XLSX_MIME)
  }
  return { saved: true, fileName: suggestedName }
}

function download(name: string, content: Uint8Array | string, mimeType: string): void {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

function pickFile(extensions: string[], maxBytes: number): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    input.addEventListener('change', async () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve(null)
      if (file.size > maxBytes)
        return reject(new AppError('errors.file.tooLarge', { fileName: file.name, maxBytes }))
      resolve({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve(null)
    })
    document.body.appendChild(input)
    input.click()
  })
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async saveFile({ suggestedName, content, mimeType }) {
      download(suggestedName, content, mimeType)
      return { saved: true, fileName: suggestedName }
    },
    exportReport: (request) => exportInBrowser(request),
    async saveBackup(suggestedName, content) {
      download(suggestedName, content, 'application/json')
      return { saved: true, fileName: suggestedName }
    },
    backups: null,
    openFile: ({ extensions, maxBytes }) => pickFile(extensions, maxBytes),
    async notify(title, body) {
      // Never prompts: a permission request without a click is blocked or nags (see Settings)
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false
      new Notification(title, { body })
      return true
    },
    notificationPermission: () => (typeof Notification === 'undefined' ? 'denied' : Notification.permission),
    requestNotificationPermission: async () =>
      typeof Notification === 'undefined' ? 'denied' : Notification.requestPermission(),
    async openExternal(url) {
      const parsed = URL.canParse(url) ? new URL(url) : null
      if (!parsed || !['http:', 'https:', 'mailto:'].includes(parsed.protocol))
        throw new AppError(IPC_ERROR_KEYS.shellOpenFailed)
      window.open(parsed.href, '_blank', 'noopener,noreferrer')
    },
    async setLanguage(_language: Language) {},
    appVersion: async () => 'browser',
    systemLanguage: () => (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en'),
    onMenuCommand: () => () => {},
    // A browser tab closes without asking: there is no backup folder to write to anyway
    onBeforeQuit: () => () => {},
    quitReady: async () => {}
  }
}
