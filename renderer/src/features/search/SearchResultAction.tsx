import { Spotlight } from '@mantine/spotlight'
import { UnstyledButton } from '@mantine/core'
import { memo } from 'react'
import type { SearchHit } from '@shared/search/engine'
import type { HighlightRule } from '@shared/search/SearchIndex'
import { KIND_ICON } from './constants'
import { Highlighted } from './Highlighted'
import classes from './SearchPalette.module.css'

export interface SearchResultLineProps {
  hit: SearchHit
  title: string
  /** Date, company, person and details, joined by « · »; '' when there are none. */
  context: string
  /** The passage of the text where the words were found; '' when they were in the name. */
  passage: string
  primary: HighlightRule
  secondary: HighlightRule
  onOpen: (hit: SearchHit) => void
}

// Spotlight's own classes, so the line looks and is picked with the arrows (it finds lines by
// data-action) exactly like a Spotlight.Action, without its Mantine components on every keystroke
const lineClass = `${UnstyledButton.classes.root} ${Spotlight.classes.action} ${classes.action} ${classes.resultLine}`

/** One result: what it is, its name with the matched words marked, and where the match was. */
export const SearchResultAction = memo(function SearchResultAction({
  hit,
  title,
  context,
  passage,
  primary,
  secondary,
  onOpen
}: SearchResultLineProps) {
  const Icon = KIND_ICON[hit.kind]
  return (
    <button
      type="button"
      data-action
      tabIndex={-1}
      className={lineClass}
      // keeps the focus in the search box, as Spotlight's lines do
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(hit)}
    >
      <span className={classes.kindIcon} aria-hidden>
        <Icon size={16} />
      </span>
      <span className={classes.lineText}>
        <span className={classes.title}>
          <Highlighted text={title} rule={primary} />
        </span>
        {context && (
          <span className={classes.context}>
            <Highlighted text={context} rule={secondary} />
          </span>
        )}
        {passage && (
          <span className={classes.passage}>
            <Highlighted text={passage} rule={secondary} />
          </span>
        )}
      </span>
    </button>
  )
})
