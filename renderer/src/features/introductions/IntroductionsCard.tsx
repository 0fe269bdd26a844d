import { Button, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { SectionCard } from '@renderer/components/SectionCard'
import type { IntroductionScope } from '@renderer/db/repositories/introductionViews'
import type { Introduction } from '@shared/schemas'
import type { IntroductionPreset } from './introductionForm'
import { IntroductionFormModal } from './IntroductionFormModal'
import { IntroductionItem } from './IntroductionItem'
import { useIntroductionsOf } from './useIntroductions'

interface IntroductionsCardProps {
  scope: IntroductionScope
  /** What a new introduction made from here starts with (this contact, this event). */
  preset: IntroductionPreset
}

type Editing = { introduction?: Introduction } | null

/** A contact's, a company's or an event's connections: who was introduced to whom, and what came of it. */
export function IntroductionsCard({ scope, preset }: IntroductionsCardProps) {
  const { t } = useTranslation()
  const { data, isLoading, error } = useIntroductionsOf(scope)
  const [editing, setEditing] = useState<Editing>(null)
  const count = data?.introductions.length ?? 0
  return (
    <SectionCard
      title={t('introductions.connections.title', { count })}
      actions={
        <Button
          size="xs"
          variant="light"
          style={{ flexShrink: 0 }}
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => setEditing({})}
        >
          {t('introductions.new')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : isLoading || !data ? (
        <LoadingState />
      ) : count === 0 ? (
        <Text size="sm" c="dimmed">
          {t('introductions.connections.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {data.introductions.map((i) => (
            <IntroductionItem
              key={i.id}
              introduction={i}
              names={data}
              onEdit={(introduction) => setEditing({ introduction })}
            />
          ))}
        </Stack>
      )}
      <IntroductionFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        introduction={editing?.introduction}
        preset={preset}
      />
    </SectionCard>
  )
}
