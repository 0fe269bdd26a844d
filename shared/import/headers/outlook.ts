// Outlook's « Exporter vers un fichier CSV », French and English editions. « Titre »/"Title" is the
// courtesy title (Mme, M.); the job title is « Fonction »/"Job Title".
import type { SourceHeaders } from './types'

export const OUTLOOK_FR: SourceHeaders = {
  tool: 'outlook-fr',
  headers: {
    Titre: null,
    Prénom: 'contact.firstName',
    'Deuxième prénom': null,
    Nom: 'contact.lastName',
    Suffixe: null,
    Société: 'organization.name',
    Service: null,
    Fonction: 'contact.role',
    'Ville (bureau)': 'organization.city',
    'Dép/Région (bureau)': null,
    'Ville (domicile)': null,
    'Téléphone (bureau)': 'contact.phone',
    'Tél. mobile': null,
    'Adresse de messagerie': 'contact.email',
    'Type de messagerie': null,
    "Nom complet de l'adresse de messagerie": null,
    'Adresse de messagerie 2': null,
    Catégories: null,
    'Mots clés': null,
    Langue: 'contact.language',
    Notes: 'contact.notes',
    'Page Web': 'organization.website',
    Profession: null,
    Bureau: null,
    Compte: null
  }
}

export const OUTLOOK_EN: SourceHeaders = {
  tool: 'outlook-en',
  headers: {
    Title: null,
    'First Name': 'contact.firstName',
    'Middle Name': null,
    'Last Name': 'contact.lastName',
    Suffix: null,
    Company: 'organization.name',
    Department: null,
    'Job Title': 'contact.role',
    'Business City': 'organization.city',
    'Business State': null,
    'Home City': null,
    'Business Phone': 'contact.phone',
    'Mobile Phone': null,
    'E-mail Address': 'contact.email',
    'E-mail Type': null,
    'E-mail Display Name': null,
    'E-mail 2 Address': null,
    Categories: null,
    Keywords: null,
    Language: 'contact.language',
    Notes: 'contact.notes',
    'Web Page': 'organization.website',
    Profession: null,
    Office: null,
    Account: null
  }
}
