import { Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState, type ReactElement } from 'react'
import { IconCalendar } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { formatWeekdayDate, type CalendarDate } from '@shared/domain/dates'
import { DUE_PRESETS, presetDueDate } from '@shared/domain/due-dates'
import type { FollowUp } from '@shared/schemas'
import { PickDateModal } from './PickDateModal'
import { SnoozeButton } from './SnoozeButton'
import { unusedMenuButton } from '@renderer/components/unusedMenuButton'
import { useToday } from '@renderer/hooks/useToday'

interface SnoozeMenuProps {
  followUp: FollowUp
  onReschedule: (date: CalendarDate) => void
}

/** The menu itself, mounted on the first press: today's date and its formats are read only then. */
function SnoozeChoices({
  button,
  onReschedule,
  onPick
}: {
  button: ReactElement
  onReschedule: (date: CalendarDate) => void
  onPick: () => void
}) {
  const { t } = useTranslation()
  const { language } = useFormatters()
  const today = useToday()
  return (
    <Menu position="bottom-end" withinPortal defaultOpened>
      <Menu.Target>{button}</Menu.Target>
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
        <Menu.Item leftSection={<IconCalendar size={14} aria-hidden />} onClick={onPick}>
          {t('followUps.snooze.pick')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

/** "Snooze": tomorrow, next Monday, in two weeks, or a date picked on a calendar. */
export function SnoozeMenu({ followUp, onReschedule }: SnoozeMenuProps) {
  const { t } = useTranslation()
  const [picking, pick] = useDisclosure()
  // A plain button until first pressed, then the menu, opened: Today shows dozens of rows, and a
  // closed Mantine menu costs about as much to render as the rest of its row
  const [used, setUsed] = useState(false)
  const button = (
    <SnoozeButton
      label={t('followUps.snooze.label')}
      aria-label={t('followUps.snooze.labelFor', { title: followUp.title })}
      {...(used ? { autoFocus: true } : unusedMenuButton(() => setUsed(true)))}
    />
  )
  return (
    <>
      {!used ? button : <SnoozeChoices button={button} onReschedule={onReschedule} onPick={pick.open} />}
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
