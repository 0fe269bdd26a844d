import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core'

// Relais blue-teal: calm, readable in both schemes, distinct from the red/yellow risk flags.
// Shades 7 to 9 are dark enough for white text and for text on white (WCAG AA, 4.5:1): shade 7
// is the primary colour in both schemes (buttons, links, the app's name).
const relais: MantineColorsTuple = [
  '#e6f7f8',
  '#d3eced',
  '#a8d7da',
  '#79c2c6',
  '#53b0b5',
  '#3aa4aa',
  '#2a9ea4',
  '#047b81',
  '#006a70',
  '#005a5f'
]

// Mantine's defaults that fall under 4.5:1 with Relais's backgrounds, replaced at the token so every
// component follows: dimmed and placeholder grey, filled colours under white text (shade 9), coloured
// text on white, and the light badges' text where shade 9 is still too pale.
const DEEPENED = [
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'teal',
  'green',
  'lime',
  'orange'
]

function deepened(scheme: 'light' | 'dark'): Record<string, string> {
  const tokens: Record<string, string> = {}
  for (const color of DEEPENED) {
    tokens[`--mantine-color-${color}-filled`] = `var(--mantine-color-${color}-9)`
    if (scheme === 'light') {
      tokens[`--mantine-color-${color}-text`] = `var(--mantine-color-${color}-9)`
      tokens[`--mantine-color-${color}-outline`] = `var(--mantine-color-${color}-9)`
    }
  }
  return tokens
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...deepened('light'),
    '--mantine-color-dimmed': '#5c636b',
    '--mantine-color-placeholder': '#6c737a',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-orange-text': '#b03a0c',
    '--mantine-color-orange-filled': '#b03a0c',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-green-light-color': '#22702f',
    '--mantine-color-yellow-light-color': '#8a5300',
    '--mantine-color-orange-light-color': '#a33c00'
  },
  dark: {
    ...deepened('dark'),
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': '#a6a7ab',
    '--mantine-color-error': 'var(--mantine-color-red-4)'
  }
})

export const theme = createTheme({
  primaryColor: 'relais',
  primaryShade: { light: 7, dark: 7 },
  colors: { relais },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm', variant: 'light' } },
    // A dialog's header is not the page's banner landmark: a plain div, not <header>.
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
    // Dimmed, not blurred: with software compositing (no GPU) a blurred backdrop costs 40-50 ms of
    // drawing per frame while a dialog is open, and delays the frame that closes it (e.g. a quick log)
    Modal: {
      defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.4, blur: 0 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }
    }
  }
})
