import { Spotlight } from '@mantine/spotlight'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { SearchAnswer, SearchHit } from '@shared/search/engine'
import { snippet } from '@shared/search/highlight'
import { SearchResultAction } from './SearchResultAction'

/** "2025-03-04" is a calendar date; anything longer is a moment. */
const isCalendarDate = (value: string) => value.length === 10

interface SearchResultsProps {
  answer: SearchAnswer
  onOpen: (hit: SearchHit) => void
}

/**
 * The answer's groups of results. Drawn again only when a new answer arrives: the keystroke itself
 * and the palette's own bookkeeping (the line picked, the query) leave them as they are. Groups and
 * lines are keyed by position: the next letter's answer rewrites the lines already on screen
 * instead of taking them down and building new ones, and the picked line keeps its mark.
 */
export const SearchResults = memo(function SearchResults({ answer, onOpen }: SearchResultsProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const dateOf = (date: string) => (isCalendarDate(date) ? format.date(date) : format.timestamp(date))
  return answer.groups.map((group, groupAt) => {
    const label = t(`search.groups.${group.kind}`, { count: group.total })
    return (
      <Spotlight.ActionsGroup key={groupAt} label={label} role="group" aria-label={label}>
        {group.hits.map((hit, at) => (
          <SearchResultAction
            key={at}
            hit={hit}
            title={hit.title || t(`interactions.kind.${hit.subtype ?? 'note'}`)}
            context={[hit.date ? dateOf(hit.date) : '', hit.organizationName, hit.contactName, ...hit.details]
              .filter(Boolean)
              .join(' · ')}
            passage={snippet(hit.text, answer.secondary)}
            primary={answer.primary}
            secondary={answer.secondary}
            onOpen={onOpen}
          />
        ))}
      </Spotlight.ActionsGroup>
    )
  })
})
