import { IconSelector } from '@tabler/icons-react'
import classes from './FacetStandIn.module.css'

/**
 * An empty facet's look for a list's first frame: a still box of the multi-select's size, with its
 * placeholder. Hidden from assistive technology and not focusable: the real one replaces it a
 * moment after the rows show.
 */
export function FacetStandIn({ placeholder, width }: { placeholder: string; width: number }) {
  return (
    <div className={classes.standIn} style={{ width }} aria-hidden>
      {placeholder}
      <IconSelector size={15} stroke={1.5} />
    </div>
  )
}
