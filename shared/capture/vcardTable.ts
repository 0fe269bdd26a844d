// Cards as the rows of a spreadsheet with French headers, so a .vcf goes through the import
// wizard like a CSV: same column guess, same duplicate detection, same one-transaction write.
import type { CapturedCard } from './vcard'

export const VCARD_HEADERS = [
  'Entreprise',
  'Prénom',
  'Nom de famille',
  'Fonction',
  'Courriel',
  'Téléphone',
  'Notes du contact'
]

/** What a contact has no field for (the note, the address, other addresses and numbers) goes to its notes. */
function notesOf(card: CapturedCard): string {
  const others = [...card.emails.slice(1), ...card.phones.slice(1)].join(' · ')
  return [card.note, card.address, others].filter(Boolean).join('\n')
}

export function cardsAsTable(cards: readonly CapturedCard[]): string[][] {
  return [
    VCARD_HEADERS,
    ...cards.map((c) => [
      c.organization,
      c.firstName,
      c.lastName,
      c.title,
      c.emails[0] ?? '',
      c.phones[0] ?? '',
      notesOf(c)
    ])
  ]
}
