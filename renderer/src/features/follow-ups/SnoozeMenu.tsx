import { Button, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconCalendar, IconChevronDown, IconClockPause } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatWeekdayDate, type CalendarDate } from '@shared/domain/dates'
import { DUE_PRESETS, presetDueDate } from '@shared/domain/due-dates'
import type { FollowUp } from '@shared/schemas'
import { PickDateModal } from './PickDateModal'
import { useToday } from '@renderer/hooks/useToday'

interface SnoozeMenuProps {
  followUp: FollowUp
  onReschedule: (date: CalendarDate) => void
  /** Open from its first render, its button focused (a timeline entry mounts it when first pressed). */
  initiallyOpened?: boolean
}

/** "Snooze": tomorrow, next Monday, in two weeks, or a date picked on a calendar. */
export function SnoozeMenu({ followUp, onReschedule, initiallyOpened = false }: SnoozeMenuProps) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const today = useToday()
  const [picking, pick] = useDisclosure()
  return (
    <>
      <Menu position="bottom-end" withinPortal defaultOpened={initiallyOpened}>
        <Menu.Target>
          <Button
            autoFocus={initiallyOpened}
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconClockPause size={14} aria-hidden />}
            rightSection={<IconChevronDown size={12} aria-hidden />}
            aria-label={t('followUps.snooze.labelFor', { title: followUp.title })}
          >
            {t('followUps.snooze.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {DUE_PRESETS.map((preset) => {
            const date = presetDueDate(preset, today)
            return (
              <Menu.Item key={preset} onClick={() => onReschedule(date)}>
                {t(`followUps.snooze.${preset}`, { date: formatWeekdayDate(date, language) })}
              </Menu.Item>
            )
          })}
          <Menu.Divider />
          <Menu.Item leftSection={<IconCalendar size={14} aria-hidden />} onClick={pick.open}>
            {t('followUps.snooze.pick')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {/* mounted only while open: Today shows a hundred rows, each with this menu */}
      {picking && (
        <PickDateModal
          opened
          title={followUp.title}
          current={followUp.dueDate}
          onClose={pick.close}
          onPick={(date) => {
            pick.close()
            onReschedule(date)
          }}
        />
      )}
    </>
  )
}
