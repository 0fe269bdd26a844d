export { ImportButton } from './ImportButton'
export { ImportWizardModal } from './importWizardLazy'
