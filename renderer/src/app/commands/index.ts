export { runCommand, onCommand } from './commandBus'
export { useCommand } from './useCommand'
export { useCommandSources, acceleratorToHotkey } from './useCommandSources'
export { acceleratorLabel, modKeyLabel, shortcutLabel } from './shortcutLabel'
