import { Badge, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  decidedKeys,
  emailKey,
  loadCaptureDirectory,
  saveCapturedLogs
} from '@renderer/db/repositories/captures'
import { getSetting } from '@renderer/db/repositories/settings'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useNotify } from '@renderer/hooks/useNotify'
import { matchPeople } from '@shared/capture/matching'
import { emailLog, emailParties, type EmailRowData } from './emailLog'
import { emailReview, useEmailReviewState, type DropTarget, type EmailReviewState } from './emailReviewStore'

async function buildRows(emails: Extract<EmailReviewState, { opened: true }>): Promise<{
  rows: EmailRowData[]
  names: Map<string, string>
}> {
  const [directory, own] = await Promise.all([loadCaptureDirectory(), getSetting('ownAddresses')])
  const keys = emails.emails.flatMap((e) => (e.messageId ? [emailKey(e.messageId)] : []))
  const decided = await decidedKeys(keys)
  const seen = new Set<string>()
  const ownSet = new Set(own)
  const rows = emails.emails.map((email, index) => {
    const key = email.messageId ? emailKey(email.messageId) : null
    const duplicate = key !== null && (decided.has(key) || seen.has(key))
    if (key) seen.add(key)
    const addresses = [...(email.from ? [email.from] : []), ...email.to, ...email.cc].filter(
      (p) => !ownSet.has(p.email)
    )
    return {
      email,
      index,
      duplicate,
      people: matchPeople(addresses, directory.contacts, directory.organizations)
    }
  })
  return { rows, names: directory.names }
}

function EmailRow({
  row,
  target,
  names,
  checked,
  onCheck
}: {
  row: EmailRowData
  target: DropTarget
  names: ReadonlyMap<string, string>
  checked: boolean
  onCheck: (on: boolean) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const subject = row.email.subject || t('capture.email.noSubject')
  const parties = emailParties(row, target)
  const loggable = !row.duplicate && parties.contactIds.length + parties.organizationIds.length > 0
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <Checkbox
        mt={4}
        aria-label={t('capture.email.include', { subject })}
        checked={checked && loggable}
        disabled={!loggable}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Text fw={600}>{subject}</Text>
          {row.duplicate && <Badge color="gray">{t('capture.email.duplicate')}</Badge>}
        </Group>
        <Text size="xs" c="dimmed">
          {format.timestamp(row.email.sentAt)} · {t('capture.email.from')} {row.email.from?.email ?? ''}
        </Text>
        <Group gap={4}>
          {row.people.map((p) =>
            p.kind === 'known' ? (
              <Badge key={p.email} variant="light" tt="none">
                {names.get(p.contactId) ?? p.email}
              </Badge>
            ) : (
              <Badge key={p.email} variant="outline" color="gray" tt="none">
                {t('capture.unknownPerson', { email: p.email })}
              </Badge>
            )
          )}
        </Group>
        {row.email.attachmentNames.length > 0 && (
          <Text size="xs">
            {t('capture.email.attachments', { names: row.email.attachmentNames.join(', ') })}
          </Text>
        )}
        {!row.duplicate && !loggable && (
          <Text size="xs" c="orange">
            {t('capture.email.noOne')}
          </Text>
        )}
      </Stack>
    </Group>
  )
}

/** The messages dropped or picked, each to log as an e-mail interaction (one transaction). */
export function EmailReviewModal() {
  const { t } = useTranslation()
  const notify = useNotify()
  const state = useEmailReviewState()
  const { busy, run } = useBusyAction()
  const [data, setData] = useState<{ rows: EmailRowData[]; names: Map<string, string> } | null>(null)
  const [unchecked, setUnchecked] = useState<ReadonlySet<number>>(new Set())

  useEffect(() => {
    setData(null)
    setUnchecked(new Set())
    if (state.opened) buildRows(state).then(setData, notify.failure)
  }, [state, notify])

  const target = state.opened ? state.target : null
  const loggable = (data?.rows ?? []).filter((r) => {
    const parties = emailParties(r, target)
    return (
      !r.duplicate &&
      !unchecked.has(r.index) &&
      parties.contactIds.length + parties.organizationIds.length > 0
    )
  })
  const save = () =>
    run(async () => {
      const text = {
        noSubject: t('capture.email.noSubject'),
        attachments: (names: string) => t('capture.email.attachments', { names })
      }
      const count = await saveCapturedLogs(loggable.map((r) => emailLog(r, target, text)))
      notify.success(t('capture.email.saved', { count }))
      emailReview.close()
    })

  return (
    <Modal
      opened={state.opened}
      onClose={emailReview.close}
      size="lg"
      title={t('capture.email.reviewTitle', { count: state.opened ? state.emails.length : 0 })}
    >
      <Stack gap="md">
        {data?.rows.map((row) => (
          <EmailRow
            key={row.index}
            row={row}
            target={target}
            names={data.names}
            checked={!unchecked.has(row.index)}
            onCheck={(on) =>
              setUnchecked((current) => {
                const next = new Set(current)
                if (on) next.delete(row.index)
                else next.add(row.index)
                return next
              })
            }
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={emailReview.close}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} disabled={loggable.length === 0} onClick={() => void save()}>
            {t('capture.email.save', { count: loggable.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
