// « Fusionner avec… »: find the duplicate of the record on screen among records of the same kind,
// with the palette's forgiving search (accents, case, one typo); the record itself is never offered.
// Enter in the search box takes the first match.
import { Button, Modal, Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNameSearch } from '@renderer/features/search'
import type { MergeEntity } from './useMerge'

const SHOWN = 8

interface MergePickerProps {
  entity: MergeEntity
  /** The record on screen: kept, and left out of the results. */
  keptId: string
  keptName: string
  onPick: (otherId: string) => void
  onClose: () => void
}

export function MergePicker({ entity, keptId, keptName, onPick, onClose }: MergePickerProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const matches = useNameSearch(query, SHOWN + 1)
  const hits = (entity === 'organization' ? matches?.organizations : matches?.contacts) ?? []
  const others = hits.filter((hit) => hit.id !== keptId).slice(0, SHOWN)
  const answered = query.trim() !== '' && matches !== undefined

  return (
    <Modal opened onClose={onClose} title={t('merge.pickTitle', { name: keptName })}>
      <Stack>
        <Text size="sm">{t('merge.pickHint', { name: keptName })}</Text>
        <TextInput
          data-autofocus
          label={t(`merge.pickSearch.${entity}`)}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter takes the best match, as in the palette
            if (e.key !== 'Enter' || !others[0]) return
            e.preventDefault()
            onPick(others[0].id)
          }}
        />
        {answered && others.length === 0 ? <Text size="sm">{t('merge.pickNone')}</Text> : null}
        {others.length > 0 ? (
          <Stack
            component="ul"
            gap={4}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('merge.pickResults')}
          >
            {others.map((hit) => (
              <li key={hit.id}>
                <Button
                  variant="subtle"
                  fullWidth
                  justify="space-between"
                  onClick={() => onPick(hit.id)}
                  rightSection={
                    <Text span size="xs" c="dimmed">
                      {[...hit.details, hit.organizationName].filter(Boolean).join(' · ')}
                    </Text>
                  }
                >
                  {hit.title}
                </Button>
              </li>
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Modal>
  )
}
