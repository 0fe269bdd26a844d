import type { MouseEvent, ReactNode } from 'react'
import { useNavigate } from 'react-router'

interface RecordLinkProps {
  /** An absolute app path, e.g. `/companies/<id>`. */
  to: string
  className?: string
  title?: string
  draggable?: boolean
  children: ReactNode
}

const plainLeftClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey

/**
 * A link to a record for lists and boards that show hundreds of them. The app's router works on
 * the hash, so the href is `#` + the path: react-router's Link resolves every href through the
 * document's <base> and location on each render, which cost more than the rest of a board card.
 */
export function RecordLink({ to, className, title, draggable, children }: RecordLinkProps) {
  const navigate = useNavigate()
  return (
    <a
      href={`#${to}`}
      className={className}
      title={title}
      draggable={draggable}
      onClick={(event) => {
        if (event.defaultPrevented || !plainLeftClick(event)) return
        event.preventDefault()
        void navigate(to)
      }}
    >
      {children}
    </a>
  )
}
