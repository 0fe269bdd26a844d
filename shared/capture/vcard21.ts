// vCard 2.1 (older Outlook, some phones) rewritten as 3.0 for ical.js, which reads 3.0 and 4.0
// only: QUOTED-PRINTABLE values decoded in their CHARSET, bare parameters (TEL;WORK;VOICE) made
// TYPE=, text escaped as 3.0 wants.
import { decodeWindows1252 } from '../import/decode'

/** Physical lines to logical ones: folded lines and QP soft line breaks joined. */
function logicalLines(text: string): string[] {
  const lines: string[] = []
  let softBreak = false
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (softBreak && lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1].slice(0, -1) + line
    else if (/^[ \t]/.test(line) && lines.length > 0) lines[lines.length - 1] += line.slice(1)
    else if (line.trim() !== '') lines.push(line)
    else continue
    const current = lines[lines.length - 1]
    softBreak = /QUOTED-PRINTABLE/i.test(current.slice(0, current.indexOf(':'))) && current.endsWith('=')
  }
  return lines
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(value.charCodeAt(i) & 0xff)
  }
  const array = new Uint8Array(bytes)
  if (/^utf-?8$/i.test(charset)) return new TextDecoder('utf-8').decode(array)
  return decodeWindows1252(array)
}

const escapeText = (value: string) =>
  value
    .replace(/\\(?!;)/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

function rewriteLine(line: string): string | null {
  const colon = line.indexOf(':')
  if (colon < 0) return null
  const [name, ...params] = line.slice(0, colon).split(';')
  const bareName = name.replace(/^.*\./, '').toUpperCase()
  if (bareName === 'VERSION') return 'VERSION:3.0'
  let value = line.slice(colon + 1)
  let charset = 'utf-8'
  let quotedPrintable = false
  const kept: string[] = []
  for (const param of params) {
    const [key, paramValue] = param.includes('=') ? param.split('=', 2) : ['TYPE', param]
    if (/^encoding$/i.test(key)) quotedPrintable = /quoted-printable/i.test(paramValue)
    else if (/^charset$/i.test(key)) charset = paramValue
    else if (/^quoted-printable$/i.test(paramValue)) quotedPrintable = true
    else kept.push(`${key.toUpperCase()}=${paramValue}`)
  }
  if (quotedPrintable) value = decodeQuotedPrintable(value, charset)
  return (
    [name, ...kept].join(';') + ':' + (bareName === 'BEGIN' || bareName === 'END' ? value : escapeText(value))
  )
}

/** The text with every 2.1 card rewritten as 3.0 (3.0 and 4.0 cards are left as they are). */
export function normaliseVCard21(text: string): string {
  if (!/^VERSION:2\.1\s*$/im.test(text)) return text
  const out: string[] = []
  let card: string[] = []
  let is21 = false
  for (const line of logicalLines(text)) {
    card.push(line)
    if (/^VERSION:2\.1\s*$/i.test(line)) is21 = true
    if (!/^END:VCARD/i.test(line)) continue
    out.push(...(is21 ? card.map(rewriteLine).filter((l): l is string => l !== null) : card))
    card = []
    is21 = false
  }
  return out.join('\r\n') + '\r\n'
}
