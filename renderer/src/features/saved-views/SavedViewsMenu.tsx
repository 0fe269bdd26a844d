import { Button, Menu } from '@mantine/core'
import { IconBookmark, IconBookmarkPlus, IconDeviceFloppy, IconSettings } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { restoreListState } from '@shared/domain/list-filters'
import type { SavedView, SavedViewScope } from '@shared/schemas'
import { ManageViewsModal } from './ManageViewsModal'
import { SaveViewModal } from './SaveViewModal'
import { useSavedViewActions } from './useSavedViewActions'
import { useSavedViews } from './useSavedViews'
import { useViewFromUrl } from './useViewFromUrl'

interface SavedViewsMenuProps<S extends object> {
  scope: SavedViewScope
  /** The list's filters and sort as they are now. */
  state: S
  defaults: S
  onApply: (state: S) => void
  /** Reads a saved state back; by default, each part shaped like `defaults` is kept. */
  restore?: (saved: Record<string, unknown>) => S
}

const sameState = (view: SavedView, state: object) => JSON.stringify(view.state) === JSON.stringify(state)

/** "Views" on a list: apply a saved view, save the current filters and sort, manage the views. */
export function SavedViewsMenu<S extends object>({
  scope,
  state,
  defaults,
  onApply,
  restore = (saved) => restoreListState(defaults, saved)
}: SavedViewsMenuProps<S>) {
  const { t } = useTranslation()
  const views = useSavedViews(scope).data ?? []
  const actions = useSavedViewActions(scope)
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null)
  const [lastApplied, setLastApplied] = useState<SavedView | null>(null)
  const apply = (view: SavedView) => {
    setLastApplied(view)
    onApply(restore(view.state))
  }
  useViewFromUrl(scope, apply)
  const active = views.find((view) => sameState(view, state))
  // Filters changed since a view was applied: offer to keep the change in that view
  const modified = !active && lastApplied ? views.find((view) => view.id === lastApplied.id) : undefined
  return (
    <>
      <Menu position="bottom-end" width={260}>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
            {active ? t('savedViews.current', { name: active.name }) : t('savedViews.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 && <Menu.Label>{t('savedViews.none')}</Menu.Label>}
          {views.map((view) => (
            <Menu.Item key={view.id} onClick={() => apply(view)} fw={view === active ? 600 : undefined}>
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={16} />} onClick={() => setDialog('save')}>
            {t('savedViews.save')}
          </Menu.Item>
          {modified && (
            <Menu.Item
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void actions.replaceState(modified, state)}
            >
              {t('savedViews.replace', { name: modified.name })}
            </Menu.Item>
          )}
          {views.length > 0 && (
            <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => setDialog('manage')}>
              {t('savedViews.manage')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'save' && (
        <SaveViewModal
          title={t('savedViews.saveTitle')}
          initial={{ name: '', pinned: true }}
          onSave={async (values) => setLastApplied(await actions.create(values, state))}
          saved={(values) => t('savedViews.saved', { name: values.name })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'manage' && <ManageViewsModal views={views} onClose={() => setDialog(null)} />}
    </>
  )
}
