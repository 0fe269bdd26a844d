import { Spotlight, type SpotlightStore } from '@mantine/spotlight'
import { memo, useLayoutEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchHit } from '@shared/search/engine'
import { startsWords } from '@shared/search/tokenize'
import { PaletteActionLine } from './PaletteActionLine'
import { usePaletteAnswer, type PaletteSearch } from './paletteSearch'
import { useSpotlightQuery } from './paletteStore'
import { markPickedLine } from './pickedLine'
import { SearchResults } from './SearchResults'
import type { PaletteAction } from './usePaletteActions'

interface PaletteLinesProps {
  store: SpotlightStore
  search: PaletteSearch
  actions: PaletteAction[]
  ready: boolean
  onOpen: (hit: SearchHit) => void
}

/**
 * What the palette lists for the box's text: the records found, then the actions whose name starts
 * with it. Only this part is drawn again on a keystroke, not the whole palette.
 */
export function PaletteLines({ store, search, actions, ready, onOpen }: PaletteLinesProps) {
  const { t } = useTranslation()
  const query = useSpotlightQuery(store)
  const answer = usePaletteAnswer(search)
  const matching = useMemo(
    () => actions.filter((action) => startsWords(action.label, query)),
    [actions, query]
  )
  useLayoutEffect(() => markPickedLine(store), [store, answer])
  const searching = query.trim() !== ''
  return (
    <>
      {searching && answer && <SearchResults answer={answer} onOpen={onOpen} />}
      <PaletteActionsGroup actions={matching} />
      {searching && answer?.groups.length === 0 && matching.length === 0 && (
        <Spotlight.Empty>{ready ? t('search.empty') : t('search.indexing')}</Spotlight.Empty>
      )}
    </>
  )
}

const sameActions = (a: PaletteAction[], b: PaletteAction[]) =>
  a.length === b.length && a.every((action, at) => action === b[at])

// The same actions as for the previous letter are not drawn again
const PaletteActionsGroup = memo(
  function PaletteActionsGroup({ actions }: { actions: PaletteAction[] }) {
    const { t } = useTranslation()
    if (actions.length === 0) return null
    return (
      <Spotlight.ActionsGroup
        label={t('search.actions.group')}
        role="group"
        aria-label={t('search.actions.group')}
      >
        {actions.map((action) => (
          <PaletteActionLine key={action.id} action={action} />
        ))}
      </Spotlight.ActionsGroup>
    )
  },
  (before, after) => sameActions(before.actions, after.actions)
)
