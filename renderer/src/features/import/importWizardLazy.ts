import { lazyScreen } from '@renderer/components/lazyScreen'

/**
 * The import wizard, its code (the spreadsheet, vCard and calendar readers, about 100 kB) fetched
 * when it first opens: the Companies and Contacts lists, which show the Import button, open without it.
 */
export const ImportWizardModal = lazyScreen(() => import('./ImportWizardModal'), 'ImportWizardModal')
