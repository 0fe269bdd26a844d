import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ImportButton } from '@renderer/features/import'
import { SavedViewsMenu, SavedViewsStandIn } from '@renderer/features/saved-views'
import type { SavedViewScope } from '@shared/schemas/saved-view'

interface DirectoryActionsProps<S extends object> {
  scope: Extract<SavedViewScope, 'companies' | 'contacts'>
  state: S
  defaults: S
  onApply: (state: S) => void
  /** Records before filtering: saved views and duplicates are offered once there are records. */
  total: number | undefined
  /** False for the list's first frame: the saved-views menu is a still stand-in until then. */
  ready?: boolean
}

/** The actions the two directories (organizations, contacts) share: saved views, import, duplicates. */
export function DirectoryActions<S extends object>({
  scope,
  state,
  defaults,
  onApply,
  total,
  ready = true
}: DirectoryActionsProps<S>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <>
      {total ? (
        ready ? (
          <SavedViewsMenu scope={scope} state={state} defaults={defaults} onApply={onApply} />
        ) : (
          <SavedViewsStandIn />
        )
      ) : null}
      <ImportButton />
      {total ? (
        <Button variant="default" onClick={() => navigate(`/duplicates/${scope}`)}>
          {t('merge.open')}
        </Button>
      ) : null}
    </>
  )
}
