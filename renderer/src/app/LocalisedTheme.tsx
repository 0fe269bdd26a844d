import { MantineThemeProvider, type MantineThemeOverride } from '@mantine/core'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Names Mantine's icon-only close buttons (dialogs, drawers, toasts) in the app's language. */
export function LocalisedTheme({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const close = t('common.close')
  const theme = useMemo<MantineThemeOverride>(
    () => ({
      components: {
        Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        Alert: { defaultProps: { closeButtonLabel: close } }
      }
    }),
    [close]
  )
  return <MantineThemeProvider theme={theme}>{children}</MantineThemeProvider>
}
