export { runCommand, onCommand } from './commandBus'
export { useCommand } from './useCommand'
export { useCommandSources, acceleratorToHotkey } from './useCommandSources'
