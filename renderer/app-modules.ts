// Build option for the renderer: the app's own modules (renderer/src, shared) have no side effects
// at import, so a module none of whose exports a chunk uses is left out of it. Without this, a
// feature's index pulled every module it re-exports (settings sections, screens, modals used by
// one screen) onto the start path. main.tsx is the entry and runs whatever it does; CSS keeps its
// side effect.
import { resolve } from 'node:path'

export function appModulesWithoutSideEffects(root: string) {
  const app = [resolve(root, 'renderer/src'), resolve(root, 'shared')].map((dir) => `${dir}/`)
  return (id: string): boolean => !(/\.tsx?$/.test(id) && app.some((dir) => id.startsWith(dir)))
}
