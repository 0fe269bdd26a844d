import { setSetting } from '@renderer/db/repositories/settings'
import { loadWorkspace } from '@renderer/db/repositories/workspace'

export async function startEmptyWorkspace(): Promise<void> {
  await setSetting('workspaceInitialized', true)
}

/** The demo is generated relative to today, so its follow-ups are due now and its history is recent. */
export async function loadDemoWorkspace(): Promise<void> {
  // the demo's generator and texts load when asked for, not with every start
  const { generateWorkspace } = await import('@shared/demo')
  await loadWorkspace(generateWorkspace({ size: 'demo', now: new Date() }))
  await setSetting('workspaceInitialized', true)
}
