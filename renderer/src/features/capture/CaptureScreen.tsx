import { Button, Card, Checkbox, Group, Select, Table, Text } from '@mantine/core'
import { IconCalendarPlus, IconMailPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { PageHeader } from '@renderer/components/PageHeader'
import { ignoreCapture, saveCapturedLogs } from '@renderer/db/repositories/captures'
import { useQuickLog } from '@renderer/features/interactions'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { CAPTURE_WINDOWS, useCaptureWindow } from './captureWindow'
import { useNotify } from '@renderer/hooks/useNotify'
import { meetingInteraction, meetingLog, type MeetingRowData } from './meetingLog'
import { MeetingRow } from './MeetingRow'
import { useCalendarImport } from './useCaptureImport'
import { useEmailImport } from './useEmailImport'
import { usePendingMeetings } from './usePendingMeetings'

/** « Rencontres à consigner »: past calendar meetings to log, one by one or together, or ignore. */
export function CaptureScreen() {
  const { t } = useTranslation()
  const notify = useNotify()
  const quickLog = useQuickLog()
  const { busy, run } = useBusyAction()
  const { pick } = useCalendarImport()
  const emails = useEmailImport()
  const { days, since, setDays } = useCaptureWindow()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const { data, isLoading, error } = usePendingMeetings(since)
  if (error) return <ErrorState error={error} />
  if (isLoading || !data) return <LoadingState />

  const privateTitle = t('capture.private')
  const chosen = data.rows.filter((r) => selected.has(r.captureKey) && r.known.length > 0)
  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(key)
      else next.delete(key)
      return next
    })
  const logOne = (row: MeetingRowData) => {
    const { organizationIds, contactIds, ...interaction } = meetingInteraction(row, privateTitle)
    quickLog.open({
      ...interaction,
      organizationIds,
      contactIds,
      captureKey: row.captureKey
    })
  }
  const logSelected = () =>
    run(async () => {
      const count = await saveCapturedLogs(chosen.map((r) => meetingLog(r, privateTitle)))
      setSelected(new Set())
      notify.success(t('capture.loggedMany', { count }))
    })
  const ignore = (row: MeetingRowData) =>
    run(async () => {
      await ignoreCapture(row.captureKey)
      notify.success(t('capture.ignored'))
    })

  return (
    <>
      <PageHeader
        title={t('capture.title')}
        subtitle={t('capture.subtitle')}
        actions={
          <>
            <Select
              aria-label={t('capture.window')}
              w={190}
              value={String(days)}
              onChange={(v) => setDays(Number(v ?? 30))}
              data={CAPTURE_WINDOWS.map((d) => ({
                value: String(d),
                label: t('capture.windowDays', { count: d })
              }))}
              allowDeselect={false}
            />
            <Button leftSection={<IconCalendarPlus size={18} />} onClick={() => void pick()}>
              {t('capture.importCalendar')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconMailPlus size={18} />}
              onClick={() => void emails.pick(null)}
            >
              {t('capture.importEmails')}
            </Button>
          </>
        }
      />
      {data.rows.length === 0 ? (
        <Card withBorder padding="lg">
          <Text c="dimmed">{t('capture.empty')}</Text>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('capture.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <Checkbox
                      aria-label={t('capture.selectAll')}
                      checked={
                        chosen.length > 0 &&
                        chosen.length === data.rows.filter((r) => r.known.length > 0).length
                      }
                      onChange={(e) =>
                        setSelected(
                          new Set(
                            e.currentTarget.checked
                              ? data.rows.filter((r) => r.known.length > 0).map((r) => r.captureKey)
                              : []
                          )
                        )
                      }
                    />
                  </Table.Th>
                  <Table.Th>{t('capture.columns.when')}</Table.Th>
                  <Table.Th>{t('capture.columns.title')}</Table.Th>
                  <Table.Th>{t('capture.columns.duration')}</Table.Th>
                  <Table.Th>{t('capture.columns.location')}</Table.Th>
                  <Table.Th>{t('capture.columns.people')}</Table.Th>
                  <Table.Th>{t('capture.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <MeetingRow
                    key={row.captureKey}
                    row={row}
                    names={data.names}
                    selected={selected.has(row.captureKey)}
                    onSelect={(on) => toggle(row.captureKey, on)}
                    onLog={() => logOne(row)}
                    onIgnore={() => void ignore(row)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end" p="md">
            <Button disabled={chosen.length === 0} loading={busy} onClick={() => void logSelected()}>
              {t('capture.logSelected', { count: chosen.length })}
            </Button>
          </Group>
        </Card>
      )}
    </>
  )
}
