import type { SpotlightStore } from '@mantine/spotlight'
import { useSyncExternalStore } from 'react'

/**
 * Spotlight.Root draws its whole dialog again (the modal, its scroll area, every line) on each
 * change to its store: twice per keystroke (the query, then its "empty" flag). Root needs only to
 * know when the palette opens or closes; the box and the lines follow the query themselves
 * (useSpotlightQuery). Reads and writes go to the store itself.
 */
export function openingsOnly(store: SpotlightStore): SpotlightStore {
  return {
    getState: () => store.getState(),
    setState: (value) => store.setState(value),
    updateState: (value) => store.updateState(value),
    initialize: (value) => store.initialize(value),
    subscribe: (listener) => {
      let opened = store.getState().opened
      return store.subscribe((state) => {
        if (state.opened === opened) return
        opened = state.opened
        listener(state)
      })
    }
  }
}

/** The palette's query; the component renders again only when it changes. */
export const useSpotlightQuery = (store: SpotlightStore): string =>
  useSyncExternalStore(store.subscribe, () => store.getState().query)
