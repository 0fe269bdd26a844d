// @vitest-environment happy-dom
// A screen's code loads on its first showing, or before it when preloaded: a preloaded screen shows
// in the same render, without its loading state and a second render of the route.
import { cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import { lazyScreen } from '@renderer/components/lazyScreen'

afterEach(() => cleanup())

const Hello = () => <p>Bonjour Saguenay</p>
const inSuspense = (Screen: ReturnType<typeof lazyScreen>) => (
  <Suspense fallback={<p>Chargement…</p>}>
    <Screen />
  </Suspense>
)

it('shows a preloaded screen at once, without its loading state', async () => {
  const Screen = lazyScreen(async () => ({ Hello }), 'Hello')
  await Screen.preload()
  render(inSuspense(Screen))
  expect(screen.getByText('Bonjour Saguenay')).toBeTruthy()
  expect(screen.queryByText('Chargement…')).toBeNull()
})

it('shows the loading state while a screen not preloaded loads, then the screen', async () => {
  const Screen = lazyScreen(async () => ({ Hello }), 'Hello')
  render(inSuspense(Screen))
  expect(screen.getByText('Chargement…')).toBeTruthy()
  expect(await screen.findByText('Bonjour Saguenay')).toBeTruthy()
})

it('fetches the code once however often it is preloaded and shown', async () => {
  const load = vi.fn(async () => ({ Hello }))
  const Screen = lazyScreen(load, 'Hello')
  await Promise.all([Screen.preload(), Screen.preload()])
  render(inSuspense(Screen))
  await Screen.preload()
  expect(load).toHaveBeenCalledTimes(1)
})

it('asks again on opening for code a preload could not fetch (a chunk replaced by an update)', async () => {
  const load = vi
    .fn<() => Promise<{ Hello: typeof Hello }>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue({ Hello })
  const Screen = lazyScreen(load, 'Hello')
  await expect(Screen.preload()).resolves.toBeUndefined()
  render(inSuspense(Screen))
  expect(await screen.findByText('Bonjour Saguenay')).toBeTruthy()
  expect(load).toHaveBeenCalledTimes(2)
})
