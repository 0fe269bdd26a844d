import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, useLocation } from 'react-router'
import { BackupFailureNotice } from '@renderer/features/backup'
import { CaptureDropHost } from '@renderer/features/capture'
import { FollowUpReminders } from '@renderer/features/follow-ups'
import { QuickLogHost } from '@renderer/features/interactions'
import { WelcomeScreen } from '@renderer/features/onboarding'
import { PinnedViewsNav } from '@renderer/features/saved-views'
import { SearchPalette, ShortcutsHelp } from '@renderer/features/search'
import { useSetting } from '@renderer/hooks/useSetting'
import { useUndoShortcut } from '@renderer/features/undo'
import { LoadingState } from '@renderer/components/LoadingState'
import { GlobalCommands } from './GlobalCommands'
import { HeaderActions } from './HeaderActions'
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink'
import { MAIN_NAV, SECONDARY_NAV, type NavItem } from './navigation'

function NavList({ items, label, onNavigate }: { items: NavItem[]; label: string; onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <nav aria-label={label}>
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item.key}>
            <NavLink
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
              active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
              onClick={onNavigate}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        ))}
      </Stack>
    </nav>
  )
}

export function AppLayout() {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure()
  const initialized = useSetting('workspaceInitialized')
  useUndoShortcut()

  if (initialized === undefined) return <LoadingState />
  if (!initialized)
    return (
      <Suspense fallback={<LoadingState />}>
        <WelcomeScreen />
      </Suspense>
    )

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={1} size="h3" c="relais" style={{ letterSpacing: '-0.02em' }}>
              Relais
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <HeaderActions />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <NavList items={MAIN_NAV} label={t('nav.main')} onNavigate={close} />
          <PinnedViewsNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <NavList items={SECONDARY_NAV} label={t('nav.secondary')} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        style={{ outline: 'none' }}
        bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))"
      >
        <BackupFailureNotice />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <GlobalCommands />
      <QuickLogHost />
      <CaptureDropHost />
      <FollowUpReminders />
      <SearchPalette />
      <ShortcutsHelp />
    </AppShell>
  )
}
