import { buildXlsx } from '@renderer/platform/browser-xlsx'
import { describeFridayWorkbook } from '../../../fixtures/friday-workbook'
import { loadWorkbook } from '../../../fixtures/xlsx-read'

describeFridayWorkbook('browser', async (sheets) => loadWorkbook(await buildXlsx(sheets, 'fr')))
