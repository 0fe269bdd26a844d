// The part of an e-mail body worth keeping as notes: what this message says, without the quoted
// conversation below it or the signature. Mail clients mark these in a few well-known ways.

export const BODY_MAX_CHARS = 10_000

// Lines where the quoted earlier message begins (Gmail, Apple Mail, Thunderbird, Outlook; fr/en)
const REPLY_HEADERS = [
  /^On .{5,200} wrote:\s*$/,
  /^Le .{5,200} a écrit\s?:\s*$/,
  /^-{2,}\s*(Original Message|Message d'origine|Forwarded message|Message transféré)\s*-{2,}\s*$/i,
  /^_{20,}\s*$/
]
// Outlook's header block: « De : … » followed within two lines by « Envoyé : » / « Sent: »
const OUTLOOK_FROM = /^\*?(From|De)\s?:/
const OUTLOOK_SENT = /^\*?(Sent|Envoyé|Date)\s?:/
// RFC 3676 signature separator, and the mobile footers
const SIGNATURE = [/^-- ?$/, /^(Sent from my|Envoyé de mon) /]

function cutAt(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd()
    if (REPLY_HEADERS.some((r) => r.test(line.trim())) || SIGNATURE.some((r) => r.test(line))) return i
    if (OUTLOOK_FROM.test(line.trim()) && lines.slice(i + 1, i + 3).some((l) => OUTLOOK_SENT.test(l.trim())))
      return i
  }
  return lines.length
}

export function trimmedBody(text: string): { text: string; truncated: boolean } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const kept = lines
    .slice(0, cutAt(lines))
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (kept.length <= BODY_MAX_CHARS) return { text: kept, truncated: false }
  return { text: `${kept.slice(0, BODY_MAX_CHARS).trimEnd()}…`, truncated: true }
}
