import { setSetting } from '@renderer/db/repositories/settings'
import { loadWorkspace } from '@renderer/db/repositories/workspace'
import { generateWorkspace } from '@shared/demo'

export async function startEmptyWorkspace(): Promise<void> {
  await setSetting('workspaceInitialized', true)
}

/** The demo is generated relative to today, so its follow-ups are due now and its history is recent. */
export async function loadDemoWorkspace(): Promise<void> {
  await loadWorkspace(generateWorkspace({ size: 'demo', now: new Date() }))
  await setSetting('workspaceInitialized', true)
}
