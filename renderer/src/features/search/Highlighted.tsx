import { Mark } from '@mantine/core'
import { highlightParts } from '@shared/search/highlight'
import type { HighlightRule } from '@shared/search/SearchIndex'

/** A text with the words that matched the query marked. */
export function Highlighted({ text, rule }: { text: string; rule: HighlightRule }) {
  return (
    <>
      {highlightParts(text, rule).map((part, at) =>
        part.matched ? (
          <Mark key={at} color="yellow" px={0}>
            {part.text}
          </Mark>
        ) : (
          part.text
        )
      )}
    </>
  )
}
