import { highlightParts } from '@shared/search/highlight'
import type { HighlightRule } from '@shared/search/SearchIndex'
import classes from './SearchPalette.module.css'

/** A text with the words that matched the query marked. */
export function Highlighted({ text, rule }: { text: string; rule: HighlightRule }) {
  return (
    <>
      {highlightParts(text, rule).map((part, at) =>
        part.matched ? (
          <mark key={at} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          part.text
        )
      )}
    </>
  )
}
