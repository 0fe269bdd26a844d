// Event mode's lines, kept as a draft as they are typed, so a window closed by mistake (or a crash)
// loses nothing: each change is mirrored at once (synchronously), and written to the database
// after a short delay; the draft goes once the encounters are saved or discarded.
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  deleteDraft,
  dropDraftMirror,
  getDraft,
  mirrorDraft,
  saveDraft
} from '@renderer/db/repositories/drafts'
import { draftKey, encounterDraftSchema, isBlank, newLine, type EncounterLine } from './encounterLines'

/** Long enough to batch a word's keystrokes; what is typed within it is written when the page goes. */
const DRAFT_DELAY_MS = 250

export type DraftState = 'loading' | 'clean' | 'saving' | 'saved'

export function useEncounterDraft(eventId: string) {
  const [lines, setLines] = useState<EncounterLine[]>([])
  const [state, setState] = useState<DraftState>('loading')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const pending = useRef<(() => Promise<void>) | null>(null)
  // The lines as last changed, for callbacks that stay the same from one render to the next
  const latest = useRef<EncounterLine[]>([])

  useEffect(() => {
    let live = true
    void getDraft(draftKey(eventId)).then((value) => {
      if (!live) return
      const draft = encounterDraftSchema.safeParse(value)
      latest.current = draft.success && draft.data.lines.length > 0 ? draft.data.lines : [newLine()]
      setLines(latest.current)
      setState(draft.success ? 'saved' : 'clean')
    })
    return () => {
      live = false
    }
  }, [eventId])

  const change = useCallback(
    (next: EncounterLine[]) => {
      latest.current = next
      setLines(next)
      setState('saving')
      clearTimeout(timer.current)
      const key = draftKey(eventId)
      const blank = next.every(isBlank)
      if (blank) dropDraftMirror(key)
      else mirrorDraft(key, { lines: next })
      const write = async () => {
        await (blank ? deleteDraft(key) : saveDraft(key, { lines: next }))
        // the database has caught up with the mirror, unless something newer was typed meanwhile
        if (pending.current === null) dropDraftMirror(key)
      }
      pending.current = write
      timer.current = setTimeout(() => {
        pending.current = null
        void write().then(() => setState('saved'))
      }, DRAFT_DELAY_MS)
    },
    [eventId]
  )

  /** The draft goes; `leaving`: the screen is left next, so its lines stay as they are until then. */
  const clear = useCallback(
    async ({ leaving = false } = {}) => {
      clearTimeout(timer.current)
      pending.current = null
      await deleteDraft(draftKey(eventId))
      if (leaving) return
      latest.current = [newLine()]
      setLines(latest.current)
      setState('clean')
    },
    [eventId]
  )

  /** The lines as last changed (already up to date before the screen renders them again). */
  const read = useCallback(() => latest.current, [])

  // Leaving the screen, closing or reloading the window, or hiding it (which may be the last chance
  // before it is closed) within the delay still keeps what was typed: write at once
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current)
      const write = pending.current
      pending.current = null
      void write?.().then(() => setState('saved'))
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      clearTimeout(timer.current)
      void pending.current?.()
    }
  }, [])
  return { lines, change, read, clear, state }
}
