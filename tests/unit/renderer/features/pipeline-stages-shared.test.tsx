// @vitest-environment happy-dom
// The stages setting is one live read for every part of a screen: a part mounted once the stages
// are known (the board, under the screen that waited for them) has them on its first render, so
// the board is not rendered a second time when a read of its own answers.
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { setSetting } from '@renderer/db/repositories/settings'
import { useStages } from '@renderer/features/pipeline/usePipeline'
import { DEFAULT_PIPELINE_STAGES } from '@shared/domain/pipeline-stages'
import { freshDatabase } from '../../../fixtures/database'
import { renderApp } from '../drivers/renderApp'

afterEach(() => cleanup())

const named = (first: string) => [
  { ...DEFAULT_PIPELINE_STAGES[0], fr: first },
  ...DEFAULT_PIPELINE_STAGES.slice(1)
]

/** Shows the first stage's name now, and what the part had on its first render. */
function FirstStage({ part }: { part: string }) {
  const { stages, ready } = useStages()
  const now = ready ? stages[0].fr : 'chargement'
  const [first] = useState(now)
  return <p>{`${part} : ${now} (au montage : ${first})`}</p>
}

/** As the pipeline screen does: the board mounts once the stages are known. */
function Screen() {
  const { ready } = useStages()
  return (
    <>
      <FirstStage part="écran" />
      {ready && <FirstStage part="tableau" />}
    </>
  )
}

describe('the pipeline’s stages', () => {
  it('are known on the first render of a part mounted after they were read, and followed live', async () => {
    await freshDatabase()
    await setSetting('pipelineStages', named('Prospect'))
    renderApp(<Screen />)
    expect(await screen.findByText('tableau : Prospect (au montage : Prospect)')).toBeTruthy()
    expect(screen.getByText('écran : Prospect (au montage : chargement)')).toBeTruthy()

    await act(() => setSetting('pipelineStages', named('Contact initial')))
    await waitFor(() => expect(screen.getByText(/^tableau : Contact initial/)).toBeTruthy())
    expect(screen.getByText(/^écran : Contact initial/)).toBeTruthy()
  })
})
