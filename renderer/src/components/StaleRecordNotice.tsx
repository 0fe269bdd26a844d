import { Alert, Button, Group, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'

/** A select's choices: the label shown for each stored value. */
interface Choice {
  value: string
  label: string
}

/** The forms that check revisions; each has its own title and reload button (French genders differ). */
export type StaleRecordKind =
  'organization' | 'contact' | 'opportunity' | 'followUp' | 'event' | 'introduction' | 'interaction'

/** The fields whose values differ between two versions of a form. */
export function changedFields<V extends object>(before: V, after: V): (keyof V & string)[] {
  return (Object.keys(before) as (keyof V & string)[]).filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])
  )
}

export interface StaleRecordNoticeProps<V extends object> {
  kind: StaleRecordKind
  /** The record as the form read it, and as it is stored now (as form values). */
  read: V
  stored: V
  /** i18n key of a field's label, where it is not `fields.<field>`. */
  labels?: Partial<Record<keyof V, string>>
  /** Fields named without their values (ids, codes), besides those ending in Id/Ids and yes/no ones. */
  opaque?: readonly (keyof V)[]
  /**
   * How a coded field's values read, as the form's select shows them: an i18n prefix
   * (`introductions.status` → « Faite ») or the select's choices. Default: `enums.<field>` if it exists.
   */
  choices?: Partial<Record<keyof V & string, string | readonly Choice[]>>
  onReload: () => void
  onReapply: () => void
}

// Ids and yes/no boxes mean nothing read aloud: the notice names the field without its values
const isOpaque = (field: string, value: unknown) => /Ids?$/.test(field) || typeof value === 'boolean'
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Saved elsewhere meanwhile (another window): what changed there, and the person's two ways on. */
export function StaleRecordNotice<V extends object>({
  kind,
  read,
  stored,
  labels,
  opaque = [],
  choices,
  onReload,
  onReapply
}: StaleRecordNoticeProps<V>) {
  const { t, i18n } = useTranslation()
  const format = useFormatters()
  // A value as the form shows it: « 8 déc. 2026 », « Faite », not « 2026-12-08 », « made »
  const asShown = (field: keyof V & string, value: string) => {
    const choice = choices?.[field] ?? `enums.${field}`
    if (typeof choice !== 'string') return choice.find((c) => c.value === value)?.label ?? value
    if (i18n.exists(`${choice}.${value}`)) return t(`${choice}.${value}`)
    return CALENDAR_DATE.test(value) ? format.date(value) : value
  }
  const shown = (field: keyof V & string, value: unknown) => {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined)
    const text = values.map((v) => asShown(field, String(v))).join(', ')
    return text === '' ? t('forms.stale.empty') : t('forms.stale.quoted', { text })
  }
  const label = (field: keyof V & string) => {
    const key: string = labels?.[field] ?? `fields.${field}`
    return i18n.exists(key) ? t(key) : t('forms.stale.otherField')
  }
  return (
    <Alert color="orange" role="alert" title={t(`forms.stale.title.${kind}`)}>
      <Text size="sm" mb="xs">
        {t('forms.stale.body')}
      </Text>
      <List size="sm" mb="sm" spacing={2}>
        {changedFields(read, stored).map((field) => (
          <List.Item key={field}>
            {opaque.includes(field) || isOpaque(field, read[field] ?? stored[field])
              ? t('forms.stale.changedOnly', { field: label(field) })
              : t('forms.stale.change', {
                  field: label(field),
                  before: shown(field, read[field]),
                  after: shown(field, stored[field])
                })}
          </List.Item>
        ))}
      </List>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onReload}>
          {t(`forms.stale.reload.${kind}`)}
        </Button>
        <Button size="xs" onClick={onReapply}>
          {t('forms.stale.reapply')}
        </Button>
      </Group>
    </Alert>
  )
}
