import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { listPrivacyLog } from '@renderer/db/repositories/privacy'
import { useDbQuery } from '@renderer/db/useDbQuery'
import { useFormatters } from '@renderer/hooks/useFormatters'
import type { PrivacyLogEntry } from '@shared/schemas'
import { ReviewLinks } from './ReviewLinks'

interface ErasureDetails {
  records: number
  toReview: { kind: 'interaction' | 'followUp' | 'introduction'; id: string }[]
}

function parseErasure(details: string): ErasureDetails {
  try {
    const parsed = JSON.parse(details) as Partial<ErasureDetails>
    return { records: parsed.records ?? 0, toReview: parsed.toReview ?? [] }
  } catch {
    return { records: 0, toReview: [] }
  }
}

function EntryRow({ entry }: { entry: PrivacyLogEntry }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const erasure = entry.kind === 'erasure' ? parseErasure(entry.details) : null
  // An erasure names the company at most; an access request loses the name once the person is erased
  const anonymised = entry.kind === 'access-export' && entry.subject === ''
  const subject = erasure
    ? entry.subject
      ? t('privacy.settings.erasedIn', { organization: entry.subject })
      : t('privacy.settings.erasedNoOrganization')
    : anonymised
      ? t('privacy.settings.erasedNoOrganization')
      : entry.subject
  return (
    <Table.Tr>
      <Table.Td>{format.timestamp(entry.at)}</Table.Td>
      <Table.Td>{t(`privacy.settings.kinds.${entry.kind}`)}</Table.Td>
      <Table.Td>{subject}</Table.Td>
      <Table.Td>
        {erasure ? (
          <>
            <Text size="sm">{t('privacy.settings.erasureDetails', { count: erasure.records })}</Text>
            <ReviewLinks items={erasure.toReview} />
          </>
        ) : (
          entry.details
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/** Law 25's register: access requests answered and erasures, newest first. */
export function PrivacyRegister() {
  const { t } = useTranslation()
  const entries = useDbQuery(listPrivacyLog, []).data
  if (!entries) return null
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('privacy.settings.registerEmpty')}
      </Text>
    )
  return (
    <Table.ScrollContainer minWidth={600} maxHeight={320}>
      <Table striped aria-label={t('privacy.settings.register')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('privacy.settings.when')}</Table.Th>
            <Table.Th>{t('privacy.settings.kind')}</Table.Th>
            <Table.Th>{t('privacy.settings.subject')}</Table.Th>
            <Table.Th>{t('privacy.settings.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
