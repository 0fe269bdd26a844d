// @vitest-environment happy-dom
// The pipeline's reads start at the navigation to it (the router's subscription), once per visit,
// and no other navigation starts them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { router } from '@renderer/app/routes'
import { pipelineQuery } from '@renderer/features/pipeline/usePipeline'

afterEach(() => vi.restoreAllMocks())

describe('navigation to the pipeline', () => {
  it('starts its reads once per visit, and only there', async () => {
    const start = vi.spyOn(pipelineQuery, 'start').mockImplementation(() => undefined)
    await router.navigate('/companies')
    expect(start).not.toHaveBeenCalled()
    await router.navigate('/pipeline')
    expect(start).toHaveBeenCalledTimes(1)
    await router.navigate('/pipeline?layout=table')
    expect(start).toHaveBeenCalledTimes(1)
    await router.navigate('/today')
    await router.navigate('/pipeline')
    expect(start).toHaveBeenCalledTimes(2)
  })
})
