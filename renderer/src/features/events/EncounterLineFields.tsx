import { ActionIcon, Group, Paper, SegmentedControl, Text, TextInput } from '@mantine/core'
import { getHotkeyHandler, type HotkeyItem } from '@mantine/hooks'
import { IconX } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartyDirectory } from '@renderer/db/repositories/parties'
import { PartyPicker } from '@renderer/features/interactions'
import { LINE_FOLLOW_UPS, type EncounterLine } from './encounterLines'

interface EncounterLineFieldsProps {
  line: EncounterLine
  number: number
  directory: PartyDirectory | undefined
  /** Companies typed on the draft's lines, not saved yet: offered on the others. */
  draftOrganizations: readonly string[]
  error: string | undefined
  /** The props below stay the same across renders (keyed by line), so an unchanged line skips them. */
  onChange: (line: EncounterLine) => void
  onRemove: (key: string) => void
  /** Enter in the note: on to the next person. */
  onNext: (key: string) => void
}

/** One person met: who (and their company), a one-line note, and a follow-up (Alt+0…3). */
export const EncounterLineFields = memo(function EncounterLineFields({
  line,
  number,
  directory,
  draftOrganizations,
  error,
  onChange,
  onRemove,
  onNext
}: EncounterLineFieldsProps) {
  const { t } = useTranslation()
  const name = t('events.capture.line', { number })
  const hotkeys: HotkeyItem[] = LINE_FOLLOW_UPS.map((followUp, index) => [
    `alt+digit${index}`,
    () => onChange({ ...line, followUp }),
    { usePhysicalKeys: true }
  ])
  return (
    <Paper
      withBorder
      p="xs"
      role="group"
      aria-label={name}
      data-line={number}
      onKeyDown={getHotkeyHandler(hotkeys)}
    >
      {/* one row at 1280 px (four lines on a 720 px screen); wraps only on narrow windows */}
      <Group align="flex-start" wrap="wrap" gap="xs">
        <Text fw={700} c="dimmed" w={24} mt={30} aria-hidden>
          {number}
        </Text>
        <div style={{ flex: '3 1 220px', minWidth: 0 }}>
          <PartyPicker
            label={t('events.capture.party')}
            value={line.parties}
            onChange={(parties) => onChange({ ...line, parties })}
            directory={directory}
            draftOrganizations={draftOrganizations}
            allowCreate
            personFirst
            error={error}
          />
        </div>
        <TextInput
          style={{ flex: '2 1 150px' }}
          label={t('events.capture.note')}
          placeholder={t('events.capture.notePlaceholder')}
          value={line.note}
          maxLength={1000}
          onChange={(e) => onChange({ ...line, note: e.currentTarget.value })}
          onKeyDown={getHotkeyHandler([['Enter', () => onNext(line.key)]])}
        />
        <div style={{ flex: '0 1 auto' }}>
          <Text size="sm" fw={500} mb={4} id={`${line.key}-follow-up`}>
            {t('events.capture.followUp')}
          </Text>
          <SegmentedControl
            fullWidth
            size="xs"
            aria-labelledby={`${line.key}-follow-up`}
            data={LINE_FOLLOW_UPS.map((value) => ({
              value,
              label: t(`interactions.followUp.choice.${value}`)
            }))}
            value={line.followUp}
            onChange={(value) =>
              onChange({ ...line, followUp: LINE_FOLLOW_UPS.find((f) => f === value) ?? 'none' })
            }
          />
        </div>
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={28}
          aria-label={t('events.capture.remove', { number })}
          onClick={() => onRemove(line.key)}
        >
          <IconX size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Paper>
  )
})
