import { memo } from 'react'
import { EditDeleteMenu } from '@renderer/components/EditDeleteMenu'
import { useTranslation } from 'react-i18next'
import { deleteInteraction, restoreInteraction } from '@renderer/db/repositories/interactions'
import type { LinkedNames } from '@renderer/db/repositories/names'
import { formattersFor } from '@renderer/hooks/useFormatters'
import { useUndoable } from '@renderer/hooks/useUndoable'
import { contactDisplayName } from '@shared/domain/list-filters'
import { sameRecord } from '@shared/domain/same-record'
import type { Interaction } from '@shared/schemas'
import { KIND_ICONS, useQuickLog } from '@renderer/features/interactions'
import { EntryLayout } from './EntryLayout'
import { EntryNotes } from './EntryNotes'
import { LinkedParties } from '@renderer/components/LinkedParties'
import classes from './timeline.module.css'

interface InteractionEntryProps {
  interaction: Interaction
  names: LinkedNames
  /** The page's own company or contact, not repeated in the entry. */
  selfId: string
  /** Not stored yet: its write follows the quick log's Ctrl/Cmd+Enter. */
  pending?: boolean
}

function InteractionEntryView({ interaction, names, selfId, pending }: InteractionEntryProps) {
  const { t, i18n } = useTranslation()
  const format = formattersFor(i18n.language)
  const undoable = useUndoable()
  const quickLog = useQuickLog()
  const kind = t(`interactions.kind.${interaction.kind}`)
  const title = interaction.title || kind
  const remove = () =>
    undoable({
      run: async () => {
        await deleteInteraction(interaction.id)
        return () => restoreInteraction(interaction.id)
      },
      done: t('common.movedToTrash', { name: title }),
      undone: t('undo.restored', { name: title })
    })
  const others = (ids: string[]) => ids.filter((id) => id !== selfId)
  const label = t('interactions.entry.actions', { title })

  return (
    <EntryLayout
      icon={KIND_ICONS[interaction.kind]}
      color="relais"
      label={title}
      busy={pending}
      actions={
        <EditDeleteMenu
          label={label}
          onEdit={() => quickLog.edit(interaction)}
          onDelete={() => void remove()}
        />
      }
    >
      <div className={classes.line}>
        <span className={classes.title}>{title}</span>
        <span className={classes.meta}>
          {[
            interaction.title ? kind : '',
            format.timestamp(interaction.occurredAt),
            durationText(interaction, t)
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <LinkedParties
        organizations={others(interaction.organizationIds).map((id) => names.organizations.get(id))}
        contacts={others(interaction.contactIds).map((id) => names.contacts.get(id))}
      />
      {interaction.notes && <EntryNotes notes={interaction.notes} />}
    </EntryLayout>
  )
}

function durationText(
  interaction: Interaction,
  t: (key: string, options: { count: number }) => string
): string {
  return interaction.durationMinutes
    ? t('interactions.entry.minutes', { count: interaction.durationMinutes })
    : ''
}

const partyNames = ({ interaction, names }: InteractionEntryProps) =>
  [
    ...interaction.organizationIds.map((id) => names.organizations.get(id)?.name),
    ...interaction.contactIds.map((id) => {
      const contact = names.contacts.get(id)
      return contact && contactDisplayName(contact)
    })
  ].join('|')

/**
 * Re-rendered only when the interaction (any of its fields) or the names it shows change: a save on a busy company's
 * page re-reads its timeline, and every entry would render again otherwise.
 */
export const InteractionEntry = memo(
  InteractionEntryView,
  (a, b) =>
    sameRecord(a.interaction, b.interaction) &&
    a.selfId === b.selfId &&
    a.pending === b.pending &&
    partyNames(a) === partyNames(b)
)
