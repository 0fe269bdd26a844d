import { Modal, Text, VisuallyHidden } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { createSpotlight, Spotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { keepKeysTypedAhead, useCommand } from '@renderer/app/commands'
import type { SearchHit } from '@shared/search/engine'
import { startsWords } from '@shared/search/tokenize'
import { PaletteLines } from './PaletteLines'
import { PaletteSearchBox } from './PaletteSearchBox'
import { createPaletteSearch } from './paletteSearch'
import { openingsOnly } from './paletteStore'
import { resultPath } from './resultPath'
import classes from './SearchPalette.module.css'
import { usePaletteActions } from './usePaletteActions'
import { useSearchIndex } from './useSearchIndex'

/**
 * Ctrl/Cmd+K or "/": one box to find any record (grouped by kind, matched words marked) and to run
 * an action (log a meeting, new company, go to a screen…). Enter opens the first line.
 */
// The results list scrolls, so the keyboard must be able to reach it (WCAG 2.1.1). Spotlight passes
// props it does not know to its ScrollArea; its types do not list viewportProps.
const focusableList = { viewportProps: { tabIndex: 0 } } as Record<string, unknown>

// Dimmed, not blurred: a blurred backdrop is drawn again with every line the results add or drop,
// which cost more than the results themselves on each keystroke (software rendering, no GPU)
const paletteOverlay = { backgroundOpacity: 0.45, blur: 0 }
/**
 * How long Enter waits for the answer to what was just typed: the worker answers in a few ms, once
 * its index has loaded (a second or two after start on ten years of records).
 */
const ANSWER_WAIT_MS = 3000

export function SearchPalette() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [{ store, spotlight, rootStore }] = useState(() => {
    const [store, spotlight] = createSpotlight()
    return { store, spotlight, rootStore: openingsOnly(store) }
  })
  // The query lives in Spotlight's store and goes to the worker at once: a keystroke draws only the
  // box and the lines (PaletteSearchBox, PaletteLines), not the whole palette
  const [search] = useState(createPaletteSearch)
  const { client, ready, version } = useSearchIndex()
  // ready, version: the index loaded or changed since (a save, the demo loading): ask again
  useEffect(() => search.connect(client, ready), [search, client, ready, version])
  const actions = usePaletteActions()
  // The box gets the focus a tick after opening: keys typed at once are kept for it (unless it has
  // the focus already: Ctrl+K again while open, or while closing)
  const box = useRef<HTMLInputElement>(null)
  const open = useCallback(() => {
    if (document.activeElement !== box.current) keepKeysTypedAhead()
    spotlight.open()
  }, [spotlight])
  useCommand('open-search', open)
  useHotkeys([['/', open]])

  // Stable, so the results are not drawn again on every keystroke (see SearchResults)
  const openHit = useCallback(
    (hit: SearchHit) => {
      void navigate(resultPath(hit))
      spotlight.close()
    },
    [navigate, spotlight]
  )
  const runFirst = async () => {
    // typed fast: the query's answer may still be on its way from the worker
    const hit = (await search.latest(ANSWER_WAIT_MS))?.groups[0]?.hits[0]
    // closed meanwhile (Escape): the person changed their mind
    if (!store.getState().opened) return
    if (hit) return openHit(hit)
    const query = store.getState().query
    actions.find((action) => startsWords(action.label, query))?.run()
    spotlight.close()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // Spotlight runs the line picked with the arrows; with none picked, Enter takes the first.
    if (event.key === 'Enter' && store.getState().selected < 0) void runFirst()
  }
  return (
    <Spotlight.Root
      store={rootStore}
      onQueryChange={search.ask}
      shortcut={null}
      clearQueryOnClose
      scrollable
      maxHeight="min(70vh, 640px)"
      overlayProps={paletteOverlay}
      classNames={{ action: classes.action, actionsList: classes.actionsList }}
    >
      <PaletteSearchBox
        store={store}
        ref={box}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        onKeyDown={onKeyDown}
      />
      {/* Names the dialog (aria-labelledby) without a visible title */}
      <VisuallyHidden>
        <Modal.Title>{t('search.label')}</Modal.Title>
      </VisuallyHidden>
      <Spotlight.ActionsList {...focusableList}>
        <PaletteLines store={store} search={search} actions={actions} ready={ready} onOpen={openHit} />
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Text size="xs" c="dimmed">
          {t('search.footer')}
        </Text>
      </Spotlight.Footer>
    </Spotlight.Root>
  )
}
