import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './timeline.module.css'

/** An interaction's notes, folded to three lines with « Lire la suite » when longer. */
export function EntryNotes({ notes }: { notes: string }) {
  const id = useId()
  const text = useRef<HTMLParagraphElement>(null)
  const [long, setLong] = useState(false)
  const [open, setOpen] = useState(false)
  // Measured after the paint (one layout for all the entries), so the button may follow a frame
  // later; again when the window's width changes how many lines the notes take
  useEffect(() => {
    if (open) return
    const measure = () => {
      const element = text.current
      if (element) setLong(element.scrollHeight > element.clientHeight + 1)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [notes, open])
  return (
    <>
      <p id={id} ref={text} className={open ? classes.notes : `${classes.notes} ${classes.folded}`}>
        {notes}
      </p>
      {long && <NotesToggle notesId={id} open={open} onToggle={() => setOpen(!open)} />}
    </>
  )
}

/** « Lire la suite » / « Réduire »: only long notes have one, so only they read the texts. */
function NotesToggle({ notesId, open, onToggle }: { notesId: string; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className={classes.textButton}
      aria-expanded={open}
      aria-controls={notesId}
      onClick={onToggle}
    >
      {open ? t('interactions.entry.less') : t('interactions.entry.more')}
    </button>
  )
}
