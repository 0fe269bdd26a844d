import { useEffect, useRef } from 'react'
import { useSearchParams } from 'react-router'
import { getSavedView } from '@renderer/db/repositories/savedViews'
import type { SavedView, SavedViewScope } from '@shared/schemas'

/** A pinned view or a palette action opens a list with ?view=<id>: apply that view once. */
export function useViewFromUrl(scope: SavedViewScope, apply: (view: SavedView) => void): void {
  const [params, setParams] = useSearchParams()
  const id = params.get('view')
  const latest = useRef(apply)
  useEffect(() => {
    latest.current = apply
  })
  useEffect(() => {
    if (!id) return
    let current = true
    void getSavedView(id).then((view) => {
      if (!current) return
      if (view?.scope === scope) latest.current(view)
      setParams({}, { replace: true })
    })
    return () => {
      current = false
    }
  }, [id, scope, setParams])
}
