import { NavLink, Stack, Text } from '@mantine/core'
import { IconBookmark } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { savedViewPath, useSavedViews } from './useSavedViews'

/** Saved views pinned by the person, under the main navigation; nothing when none are pinned. */
export function PinnedViewsNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const pinned = (useSavedViews().data ?? []).filter((view) => view.pinned)
  if (pinned.length === 0) return null
  return (
    <nav aria-label={t('savedViews.nav')}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="md" mb={4} aria-hidden>
        {t('savedViews.nav')}
      </Text>
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {pinned.map((view) => (
          <li key={view.id}>
            <NavLink
              component={Link}
              to={savedViewPath(view)}
              label={view.name}
              description={t(`nav.${view.scope}`)}
              leftSection={<IconBookmark size={18} stroke={1.6} aria-hidden />}
              onClick={onNavigate}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        ))}
      </Stack>
    </nav>
  )
}
