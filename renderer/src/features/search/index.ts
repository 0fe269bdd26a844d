export { SearchPalette } from './SearchPalette'
export { SearchButton } from './SearchButton'
export { ShortcutsHelp } from './ShortcutsHelp'
