// Header names any spreadsheet may use, French and English, folded ("nom" and "name" are decided
// by context in guessMapping). Tools with exports of their own have their tables beside this one.
import type { ImportField } from '../fields'

export const GENERIC_HEADERS: Record<ImportField, string[]> = {
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
  'organization.website': [
    'site web',
    'site internet',
    'site',
    'website',
    'web',
    'url',
    'website url',
    'page web'
  ],
  'organization.employees': ['employes', 'nombre d employes', 'nb employes', 'employees', 'headcount'],
  'organization.tags': ['etiquettes', 'mots cles', 'tags', 'labels'],
  'organization.notes': ['notes', 'remarques', 'commentaires', 'comments'],
  'contact.notes': ['notes du contact', 'contact notes'],
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
  'contact.email': [
    'courriel',
    'adresse courriel',
    'email',
    'e mail',
    'mail',
    'adresse electronique',
    'adresse de messagerie',
    'email address',
    'e mail address'
  ],
  'contact.phone': ['telephone', 'tel', 'cellulaire', 'phone', 'phone number', 'mobile'],
  'contact.language': ['langue', 'langue de correspondance', 'language']
}
