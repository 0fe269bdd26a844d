// Puts a non-breaking space before : ; ! ? » and after « in every French message
// (renderer/src/i18n/fr/*.json), the rule tests/unit/renderer/i18n/french-typography.test.ts holds.
// Edits the characters of string values only, so key order and formatting stay as they are.
// Usage: node scripts/french-spaces.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'

const DIR = 'renderer/src/i18n/fr/'
const NBSP = '\u00a0'
// Not prose: nested $t(…) calls, {{placeholders}}, web addresses, ical words
const KEEP = /\$t\([^)]*\)|\{\{[^}]*\}\}|https?:\/\/\S*|BEGIN:VCALENDAR/g

function fix(text) {
  const kept = []
  let out = text.replace(KEEP, (match) => {
    kept.push(match)
    return `\uE000${kept.length - 1}\uE000`
  })
  out = out.replace(/ ([:;!?»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`)
  out = out.replace(/([^\s\u00a0\u202f\uE000(])([;!?])/g, `$1${NBSP}$2`)
  return out.replace(/\uE000(\d+)\uE000/g, (_, index) => kept[Number(index)])
}

let changed = 0
for (const name of readdirSync(DIR).filter((file) => file.endsWith('.json'))) {
  const path = DIR + name
  const before = readFileSync(path, 'utf8')
  const after = before.replace(/"((?:[^"\\]|\\.)*)"(\s*[,}\n])/g, (match, body, tail) => {
    const value = JSON.parse(`"${body}"`)
    const fixed = fix(value)
    if (fixed === value) return match
    changed++
    return JSON.stringify(fixed) + tail
  })
  if (after !== before) writeFileSync(path, after)
}
console.log(`${changed} French messages given their non-breaking spaces`)
