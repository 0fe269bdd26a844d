import { Group, Modal, Stack, Text } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import type { CalendarDate } from '@shared/domain/dates'

interface PickDateModalProps {
  opened: boolean
  title: string
  current: CalendarDate
  onClose: () => void
  onPick: (date: CalendarDate) => void
}

/** A calendar to move a follow-up to another day: one click (or Enter) picks. */
export function PickDateModal({ opened, title, current, onClose, onPick }: PickDateModalProps) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('followUps.pickDate.title')} size="auto">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" maw={280}>
          {title}
        </Text>
        <Group justify="center">
          <DatePicker
            defaultDate={current}
            value={current}
            onChange={(date) => {
              if (date) onPick(date)
            }}
          />
        </Group>
      </Stack>
    </Modal>
  )
}
