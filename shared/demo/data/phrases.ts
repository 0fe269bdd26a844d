// Short texts outside interactions: programs, follow-up titles, lost reasons, consent sources,
// introduction reasons and event names. Fictional programs, plausible in a Quebec setting.
import type { Product } from '../../schemas'
import type { Language } from '../../schemas/common'

export const PROGRAMS: Record<Product, readonly string[]> = {
  'term-loan': ['Prêt Techno-Croissance', 'Prêt équipement PME'],
  'working-capital': ['Prêt fonds de roulement PME', 'Marge de croissance techno'],
  'venture-capital': ['Fonds d’amorçage techno', 'Capital de croissance numérique'],
  grant: ['Programme Innovation Régions', 'Volet Industrie 4.0'],
  'tax-credit': ['Crédit d’impôt RS&DE', 'Crédit d’impôt pour le développement des affaires électroniques'],
  advisory: ['Accompagnement Export Techno', 'Diagnostic numérique'],
  other: ['Garantie de prêt', 'Programme régional de relève']
}

export const FILE_TITLES: Record<Product, readonly string[]> = {
  'term-loan': [
    'Prêt à terme — agrandissement',
    'Prêt à terme — acquisition d’équipement',
    'Prêt — nouvelle ligne de production'
  ],
  'working-capital': ['Fonds de roulement — nouveau contrat', 'Marge de crédit — croissance'],
  'venture-capital': ['Ronde d’amorçage', 'Série A', 'Capital de croissance'],
  grant: ['Subvention — prototype', 'Subvention — projet industrie 4.0'],
  'tax-credit': ['Réclamation RS&DE', 'Crédits d’impôt à l’innovation'],
  advisory: ['Accompagnement à l’exportation', 'Diagnostic de maturité numérique'],
  other: ['Garantie de prêt', 'Financement de relève']
}

export const FOLLOW_UP_TITLES: Record<Language, readonly ((who: string) => string)[]> = {
  fr: [
    (who) => `Relancer ${who}`,
    () => 'Envoyer le formulaire de demande',
    () => 'Préparer la fiche pour le comité de crédit',
    () => 'Obtenir les états financiers',
    () => 'Planifier une visite des installations',
    (who) => `Confirmer la rencontre avec ${who}`,
    () => 'Faire le suivi de la mise en relation',
    () => 'Envoyer la lettre d’appui',
    () => 'Vérifier l’admissibilité au programme',
    () => 'Appeler au sujet du décaissement'
  ],
  en: [
    (who) => `Follow up with ${who}`,
    () => 'Send the application form',
    () => 'Get the financial statements',
    () => 'Schedule a site visit',
    (who) => `Confirm the meeting with ${who}`,
    () => 'Check program eligibility',
    () => 'Send the support letter'
  ]
}

export const LOST_REASONS = [
  'Financement obtenu auprès d’une institution concurrente à un taux plus bas.',
  'Projet reporté par le client faute de main-d’œuvre.',
  'Ratio d’endettement trop élevé selon l’analyse de crédit.',
  'Le client a choisi de financer le projet à même ses liquidités.',
  'Projet non admissible au programme visé.'
] as const

export const CONSENT_SOURCES: Record<'express' | 'implied' | 'public-professional', readonly string[]> = {
  express: [
    'Formulaire d’adhésion signé',
    'Consentement verbal noté en rencontre',
    'Inscription à l’infolettre'
  ],
  implied: [
    'Carte d’affaires remise au 5 à 7',
    'Relation d’affaires existante',
    'Demande de financement déposée'
  ],
  'public-professional': [
    'Site web de l’entreprise',
    'Registre des entreprises du Québec',
    'Profil professionnel public'
  ]
}

export const INTRODUCTION_REASONS = [
  'Partenariat de recherche possible',
  'Cherche un fournisseur en usinage de précision',
  'Projet pilote chez un client industriel',
  'Recrutement : profils en science des données',
  'Cofinancement d’un projet d’exportation',
  'Same market, complementary products',
  'Mentorat d’un fondateur d’expérience'
] as const

export const EVENT_NAMES: readonly ((city: string, root: string) => string)[] = [
  (city) => `5 à 7 techno de ${city}`,
  (city) => `Colloque Industrie 4.0 — ${city}`,
  () => 'Déjeuner-causerie IA appliquée',
  (_city, root) => `Demo Day ${root}`,
  (city) => `Tech Meetup ${city}`,
  () => 'Atelier RS&DE et crédits d’impôt',
  (city) => `Forum de l’innovation de ${city}`,
  () => 'Salon de l’emploi techno'
]
