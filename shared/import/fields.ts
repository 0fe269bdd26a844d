// The columns an import can fill, and the header names (French and English) each one answers to.
import { foldText } from '../domain/text'

export const ORGANIZATION_FIELDS = [
  'name',
  'neq',
  'city',
  'region',
  'mrc',
  'industryCode',
  'industryLabel',
  'website',
  'employees',
  'tags',
  'notes'
] as const
export const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'fullName',
  'role',
  'email',
  'phone',
  'language',
  'notes'
] as const

export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number]
export type ContactField = (typeof CONTACT_FIELDS)[number]
/** "organization.name", "contact.email"…: also the i18n key under import.fields. */
export type ImportField = `organization.${OrganizationField}` | `contact.${ContactField}`

export const IMPORT_FIELDS: ImportField[] = [
  ...ORGANIZATION_FIELDS.map((f) => `organization.${f}` as const),
  ...CONTACT_FIELDS.map((f) => `contact.${f}` as const)
]

/** Folded header names; "nom" and "name" are decided by context (see guessMapping). */
const SYNONYMS: Record<ImportField, string[]> = {
  'organization.name': [
    'entreprise',
    'nom de l entreprise',
    'organisation',
    'organisme',
    'societe',
    'compagnie',
    'raison sociale',
    'company',
    'company name',
    'organization',
    'organization name',
    'business name'
  ],
  'organization.neq': [
    'neq',
    'numero d entreprise du quebec',
    'numero d entreprise',
    'quebec enterprise number'
  ],
  'organization.city': ['ville', 'municipalite', 'city', 'town'],
  'organization.region': ['region', 'region administrative', 'administrative region'],
  'organization.mrc': ['mrc'],
  'organization.industryCode': ['scian', 'code scian', 'naics', 'naics code', 'code naics'],
  'organization.industryLabel': ['secteur', 'secteur d activite', 'industrie', 'sector', 'industry'],
  'organization.website': ['site web', 'site internet', 'site', 'website', 'web', 'url'],
  'organization.employees': ['employes', 'nombre d employes', 'nb employes', 'employees', 'headcount'],
  'organization.tags': ['etiquettes', 'mots cles', 'tags', 'labels'],
  'organization.notes': ['notes', 'remarques', 'commentaires', 'comments'],
  'contact.firstName': ['prenom', 'first name', 'firstname', 'given name'],
  'contact.lastName': ['nom de famille', 'last name', 'lastname', 'surname', 'family name'],
  'contact.fullName': [
    'contact',
    'nom du contact',
    'personne contact',
    'nom complet',
    'contact name',
    'full name'
  ],
  'contact.role': ['fonction', 'titre', 'poste', 'role', 'job title', 'title', 'position'],
  'contact.email': ['courriel', 'adresse courriel', 'email', 'e mail', 'mail', 'adresse electronique'],
  'contact.phone': ['telephone', 'tel', 'cellulaire', 'phone', 'phone number', 'mobile'],
  'contact.language': ['langue', 'langue de correspondance', 'language'],
  'contact.notes': ['notes du contact', 'contact notes']
}

/** "Prénom :", "E-mail", "N° d'entreprise" → comparable words. */
export function headerKey(header: string): string {
  return foldText(header)
    .replace(/\./g, '')
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const BY_SYNONYM = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((synonym) => [synonym, field] as const))
)

/**
 * The field each column probably holds (null: ignore the column). A bare "Nom"/"Name" is the
 * person's last name when the file also has a first-name column, else the organization's name.
 */
export function guessMapping(headers: string[]): (ImportField | null)[] {
  const keys = headers.map(headerKey)
  const hasFirstName = keys.some((k) => BY_SYNONYM.get(k) === 'contact.firstName')
  const taken = new Set<ImportField>()
  return keys.map((key) => {
    const field: ImportField | undefined =
      key === 'nom' || key === 'name'
        ? hasFirstName
          ? 'contact.lastName'
          : 'organization.name'
        : BY_SYNONYM.get(key)
    if (!field || taken.has(field)) return null
    taken.add(field)
    return field
  })
}
