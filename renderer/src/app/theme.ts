import { createTheme, type MantineColorsTuple } from '@mantine/core'

// Relais blue-teal: calm, readable in both schemes, distinct from the red/yellow risk flags.
const relais: MantineColorsTuple = [
  '#e6f7f8',
  '#d3eced',
  '#a8d7da',
  '#79c2c6',
  '#53b0b5',
  '#3aa4aa',
  '#2a9ea4',
  '#178a90',
  '#047b81',
  '#006a70'
]

export const theme = createTheme({
  primaryColor: 'relais',
  primaryShade: { light: 7, dark: 5 },
  colors: { relais },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    Modal: {
      defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.4, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }
    }
  }
})
