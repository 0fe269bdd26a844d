// @vitest-environment happy-dom
// With stages of one's own, the board's first frame already has them: it never shows the default
// stages' columns (before, the board read the setting again as it mounted and drew the defaults,
// with every file under « stage unknown », until that read answered).
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createOpportunity } from '@renderer/db/repositories/opportunities'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { setSetting } from '@renderer/db/repositories/settings'
import { PipelineScreen } from '@renderer/features/pipeline/PipelineScreen'
import type { PipelineStage } from '@shared/schemas'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

const stages: PipelineStage[] = [
  { id: 'contact', fr: 'Premier contact', en: 'First contact', probability: 10, kind: 'open' },
  { id: 'signed', fr: 'Entente signée', en: 'Signed', probability: 100, kind: 'won' }
]

describe('the board’s first frame', () => {
  it('shows the configured stages’ columns, never the defaults', async () => {
    await freshDatabase()
    await setSetting('pipelineStages', stages)
    const company = await createOrganization(makeOrganization({ name: 'Alumitek' }))
    await createOpportunity({
      organizationId: company.id,
      title: 'Prêt',
      stageId: 'contact',
      requestedCents: 100
    })
    // Every column heading the page ever shows, from its first commit on
    const headings = new Set<string>()
    const observer = new MutationObserver(() =>
      document.querySelectorAll('h3').forEach((h) => headings.add(h.textContent ?? ''))
    )
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    renderApp(<PipelineScreen />)
    expect(await screen.findByRole('heading', { name: 'Entente signée' })).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 200))
    observer.disconnect()
    expect([...headings]).toEqual(['Premier contact', 'Entente signée'])
  })
})
