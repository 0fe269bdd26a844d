export { pushUndo, forgetUndo, undoLast, clearUndo, type UndoEntry } from './undoStack'
export { useUndoShortcut } from './useUndoShortcut'
