// Links leave the app only for the system browser or mail client, and only after parsing:
// no file:, javascript:, custom schemes, credentials, or hostless http URLs.

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** The normalised URL to hand to shell.openExternal, or null when it must not be opened. */
export function toExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null
  if (url.username !== '' || url.password !== '') return null
  if (url.protocol !== 'mailto:' && url.hostname === '') return null
  return url.href
}
