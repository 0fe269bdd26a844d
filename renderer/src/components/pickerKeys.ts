// Keys of a searchable select or multi-select inside a form: typing highlights the first match, so
// Enter picks the highlighted or only match; Enter while the list is open never submits the form
// (the choice would be dropped). The list opens on typing or a click, not on focus, so a dialog
// that focuses its first picker opens calm.
// The list highlights its first line when it opens, too: otherwise Mantine's Select restores the
// highlight from a timer, and on a busy machine Chrome runs that timer after the letters typed
// next, wiping their highlight (Enter then picked nothing).
import type { KeyboardEvent } from 'react'

function keepEnterInOpenList(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'Enter') return
  if (event.currentTarget.getAttribute('aria-expanded') === 'true') event.preventDefault()
}

export const PICKER_KEYS = {
  selectFirstOptionOnChange: true,
  selectFirstOptionOnDropdownOpen: true,
  openOnFocus: false,
  onKeyDown: keepEnterInOpenList
} as const

/** A picker over hundreds of records: typed to search, cleared in one click, 50 matches shown. */
export const RECORD_PICKER = { searchable: true, clearable: true, limit: 50, ...PICKER_KEYS } as const
