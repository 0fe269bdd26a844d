import { foldText } from '../../domain/text'

/** "Prénom :", "E-mail", "N° d'entreprise" → comparable words. */
export function headerKey(header: string): string {
  return foldText(header)
    .replace(/\./g, '')
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
