import { Spotlight, type SpotlightSearchProps, type SpotlightStore } from '@mantine/spotlight'
import type { Ref } from 'react'
import { useSpotlightQuery } from './paletteStore'

interface PaletteSearchBoxProps extends SpotlightSearchProps {
  store: SpotlightStore
  ref: Ref<HTMLInputElement>
}

/** The palette's box, showing the query: a keystroke draws it again, not the whole palette. */
export function PaletteSearchBox({ store, ...props }: PaletteSearchBoxProps) {
  return <Spotlight.Search {...props} value={useSpotlightQuery(store)} />
}
