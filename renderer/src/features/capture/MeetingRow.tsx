import { Anchor, Button, Checkbox, Group, Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { AttendeeChips } from './AttendeeChips'
import type { MeetingRowData } from './meetingLog'

interface MeetingRowProps {
  row: MeetingRowData
  names: ReadonlyMap<string, string>
  selected: boolean
  onSelect: (selected: boolean) => void
  onLog: () => void
  onIgnore: () => void
}

export function MeetingRow({ row, names, selected, onSelect, onLog, onIgnore }: MeetingRowProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const { meeting } = row
  const title = meeting.isPrivate ? t('capture.private') : meeting.title || t('capture.untitled')
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          aria-label={t('capture.selectRow', { title })}
          checked={selected}
          disabled={row.known.length === 0}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {meeting.allDay ? format.date(meeting.start.slice(0, 10)) : format.timestamp(meeting.start)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600} fs={meeting.isPrivate ? 'italic' : undefined}>
          {title}
        </Text>
        {row.alreadyLoggedId && (
          <Tooltip label={t('capture.alreadyLoggedHint')}>
            <Anchor size="xs" component={Link} to={`/contacts/${row.known[0]?.contactId ?? ''}`}>
              {t('capture.alreadyLogged')}
            </Anchor>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {meeting.allDay ? t('capture.allDay') : t('capture.minutes', { count: meeting.durationMinutes })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{meeting.location}</Text>
      </Table.Td>
      <Table.Td>
        <AttendeeChips known={row.known} unknown={row.unknown} names={names} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="xs" onClick={onLog} aria-label={t('capture.logAria', { title })}>
            {t('capture.log')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={onIgnore}
            aria-label={t('capture.ignoreAria', { title })}
          >
            {t('capture.ignore')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
