// The demo workspace's events, financing files and introductions, told as one story: the 5 à 7
// techno at Fjordtech, co-organised by the association and the bank, where two founders who had
// never met are put in touch. Organizations by key, people by full name.
import type { IntroductionOutcome, IntroductionStatus, Product } from '../../schemas'

export interface DemoEventSpec {
  key: string
  name: string
  /** Days before today; negative for an upcoming event. */
  daysAgo: number
  startMinute: number
  minutes: number
  venue: string
  city: string
  organizers: string[]
  notes: string
  /** Organizations whose people the officer talks to there (one encounter each). */
  met: string[]
}

// prettier-ignore
export const DEMO_EVENTS: readonly DemoEventSpec[] = [
  {
    key: 'cinq-a-sept', name: '5 à 7 techno du Saguenay', daysAgo: 38, startMinute: 17 * 60, minutes: 150,
    venue: 'Bureaux de Logiciels Fjordtech, rue Racine Est (Chicoutimi)', city: 'Saguenay', organizers: ['rets', 'bank'],
    notes: 'Leaders techno de la région; le Carrefour d’innovation y présente ses projets pour l’an prochain.',
    met: ['fjordtech', 'peribonka', 'alumitech', 'borealis', 'hub', 'kenogami', 'metallo', 'northernlights', 'lumen']
  },
  {
    key: 'demo-day', name: 'Demo Day des jeunes pousses du Lac', daysAgo: 96, startMinute: 13 * 60, minutes: 240,
    venue: 'Centre des congrès d’Alma', city: 'Alma', organizers: ['hub'], notes: 'Huit jeunes pousses présentent devant des investisseurs.',
    met: ['borealis', 'bleuetlabs', 'cervo', 'vc', 'agrinova']
  },
  {
    key: 'colloque', name: 'Colloque Aluminium 4.0', daysAgo: 152, startMinute: 8 * 60 + 30, minutes: 480,
    venue: 'Pavillon des congrès de La Baie', city: 'Saguenay', organizers: ['crn', 'hub'], notes: 'Procédés, capteurs et IA dans la filière de l’aluminium.',
    met: ['alumitech', 'metallo', 'aeroboreal', 'crn']
  },
  {
    key: 'rsde', name: 'Atelier RS&DE et crédits d’impôt', daysAgo: 218, startMinute: 9 * 60, minutes: 180,
    venue: 'Carrefour d’innovation, salle Kénogami (Jonquière)', city: 'Saguenay', organizers: ['bank', 'rets'], notes: 'Réclamations RS&DE / SR&ED : admissibilité, documentation, financement relais.',
    met: ['sylvanum', 'visiopro', 'kenogami']
  },
  {
    key: 'dejeuner-ia', name: 'Déjeuner-causerie IA appliquée', daysAgo: 301, startMinute: 7 * 60 + 30, minutes: 120,
    venue: 'Hôtel du Lac, salle Ouiatchouan', city: 'Roberval', organizers: ['crn'], notes: 'IA pour la forêt, les scieries et l’agriculture.',
    met: ['visiopro', 'sylvanum', 'drones']
  },
  {
    key: 'forum', name: 'Forum régional de l’innovation', daysAgo: -19, startMinute: 8 * 60 + 30, minutes: 420,
    venue: 'Centre des congrès de Chicoutimi', city: 'Saguenay', organizers: ['hub', 'fund', 'rets'], notes: 'Inscriptions ouvertes; kiosque de la Banque.',
    met: []
  }
]

export interface DemoOpportunitySpec {
  org: string
  title: string
  product: Product
  program: string
  path: string[]
  startDaysAgo: number
  endDaysAgo: number
  /** Dollars (not cents), for reading ease: requested, authorized, disbursed, project cost. */
  dollars: [number | null, number | null, number | null, number | null]
  jobs: [created: number | null, retained: number | null]
  funders: string[]
  lostReason?: string
  notes?: string
}

const FULL = [
  'lead',
  'first-meeting',
  'needs-analysis',
  'application',
  'credit-review',
  'approved',
  'disbursed'
]

// prettier-ignore
export const DEMO_OPPORTUNITIES: readonly DemoOpportunitySpec[] = [
  { org: 'fjordtech', title: 'Prêt croissance — expansion de la plateforme SaaS', product: 'term-loan', program: 'Prêt Techno-Croissance', path: FULL, startDaysAgo: 320, endDaysAgo: 70, dollars: [750_000, 700_000, 700_000, 1_800_000], jobs: [12, 48], funders: ['bank', 'fund'] },
  { org: 'robotique', title: 'Prêt à terme — nouvelle usine d’Alma', product: 'term-loan', program: 'Prêt équipement PME', path: FULL.slice(1), startDaysAgo: 260, endDaysAgo: 25, dollars: [2_500_000, 2_200_000, 1_100_000, 4_600_000], jobs: [20, 26], funders: ['bank'], notes: 'Premier versement de deux; le second à la mise en service.' },
  { org: 'alumitech', title: 'Fonds de roulement — contrat aéronautique', product: 'working-capital', program: 'Prêt fonds de roulement PME', path: FULL.slice(0, 6), startDaysAgo: 140, endDaysAgo: 9, dollars: [1_200_000, 1_000_000, null, 1_200_000], jobs: [8, 120], funders: ['bank'] },
  { org: 'borealis', title: 'Ronde d’amorçage', product: 'venture-capital', program: 'Fonds d’amorçage techno', path: FULL.slice(0, 5), startDaysAgo: 110, endDaysAgo: 12, dollars: [500_000, null, null, 900_000], jobs: [6, 9], funders: ['vc', 'bank'] },
  { org: 'peribonka', title: 'Subvention — prototype d’électrolyseur', product: 'grant', program: 'Programme Innovation Régions', path: FULL.slice(1, 4), startDaysAgo: 60, endDaysAgo: 15, dollars: [150_000, null, null, 400_000], jobs: [3, 7], funders: ['fund', 'hub'] },
  { org: 'quantix', title: 'Série A', product: 'venture-capital', program: 'Capital de croissance numérique', path: FULL.slice(0, 3), startDaysAgo: 75, endDaysAgo: 30, dollars: [3_000_000, null, null, 5_000_000], jobs: [15, 40], funders: ['vc'] },
  { org: 'sylvanum', title: 'Réclamation RS&DE 2025', product: 'tax-credit', program: 'Crédit d’impôt RS&DE', path: FULL.slice(0, 3), startDaysAgo: 45, endDaysAgo: 20, dollars: [220_000, null, null, 600_000], jobs: [null, 15], funders: [] },
  { org: 'kenogami', title: 'Accompagnement — commercialisation hors Québec', product: 'advisory', program: 'Accompagnement Export Techno', path: FULL.slice(0, 2), startDaysAgo: 30, endDaysAgo: 8, dollars: [null, null, null, null], jobs: [null, null], funders: ['rets'] },
  { org: 'metallo', title: 'Subvention de démarrage — capteurs intelligents', product: 'grant', program: 'Volet Industrie 4.0', path: ['lead'], startDaysAgo: 10, endDaysAgo: 10, dollars: [75_000, null, null, 180_000], jobs: [2, 11], funders: ['fund'] },
  { org: 'pixelboreal', title: 'Refinancement du prêt à terme', product: 'term-loan', program: 'Prêt Techno-Croissance', path: ['first-meeting', 'needs-analysis', 'on-hold'], startDaysAgo: 90, endDaysAgo: 16, dollars: [400_000, null, null, 400_000], jobs: [0, 35], funders: ['bank'], notes: 'En suspens tant que les retards de paiement ne sont pas réglés.' },
  { org: 'drones', title: 'Prêt équipement — flotte de drones', product: 'term-loan', program: 'Prêt équipement PME', path: ['first-meeting', 'needs-analysis', 'application', 'lost'], startDaysAgo: 200, endDaysAgo: 120, dollars: [350_000, null, null, 420_000], jobs: [4, 22], funders: ['bank'], lostReason: 'Financement obtenu auprès d’une institution concurrente à un taux plus bas.' }
]

export interface DemoIntroductionSpec {
  a: string
  b: string
  status: IntroductionStatus
  outcome: IntroductionOutcome | null
  daysAgo: number
  event?: string
  reason: string
  outcomeNote?: string
}

// prettier-ignore
export const DEMO_INTRODUCTIONS: readonly DemoIntroductionSpec[] = [
  { a: 'Étienne Boivin', b: 'Marie-Ève Larouche', status: 'outcome', outcome: 'partnership', daysAgo: 38, event: 'cinq-a-sept', reason: 'Péribonka cherche une usine pour l’essai pilote de son électrolyseur; Alumitech veut réduire ses émissions.', outcomeNote: 'Entente d’essai pilote signée à La Baie.' },
  { a: 'Zoë Fortin', b: 'Jérôme Lavoie', status: 'met', outcome: null, daysAgo: 38, event: 'cinq-a-sept', reason: 'Modèles de vision de Borealis dans la plateforme de maintenance de Fjordtech.' },
  { a: 'Maxime Dufresne', b: 'Émilie Bédard', status: 'outcome', outcome: 'financing', daysAgo: 96, event: 'demo-day', reason: 'Ronde d’amorçage de Borealis IA.', outcomeNote: 'Capital Hexagone mène la ronde; dossier en analyse.' },
  { a: 'Emily Chen', b: 'Raphaël Bédard', status: 'made', outcome: null, daysAgo: 12, reason: 'Capteurs de Sylvanum pour les bleuetières suivies par Blueberry Labs.' },
  { a: 'Frédérique Lapointe', b: 'Denis Lalancette', status: 'outcome', outcome: 'contract', daysAgo: 170, reason: 'Relevés aériens pour les projets de cartographie de Géomatique Lac-Saint-Jean.', outcomeNote: 'Contrat de relevés de 80 000 $.' },
  { a: 'Nicolas Brassard', b: 'Thérèse Savard', status: 'met', outcome: null, daysAgo: 150, event: 'colloque', reason: 'Stagiaires et projet de recherche sur les capteurs de cuves.' },
  { a: 'Sébastien Girard', b: 'Liam Fraser', status: 'outcome', outcome: 'no-follow-up', daysAgo: 200, reason: 'Offre de sécurité gérée pour le centre de données.', outcomeNote: 'Nordik Données a gardé son fournisseur actuel.' },
  { a: 'Océane Morin', b: 'Rémi Harvey', status: 'proposed', outcome: null, daysAgo: 6, reason: 'Incubation du projet de serres d’Agrinova Nord.' },
  { a: 'Ryan Kelly', b: 'Samuel Fortin', status: 'proposed', outcome: null, daysAgo: 3, reason: 'Warehouse robots meet welding cells: shared integrator network.' },
  { a: 'Rosalie St-Pierre', b: 'Kevin MacLeod', status: 'made', outcome: null, daysAgo: 25, reason: 'Lumen wants a spot in the hub’s startup program.' }
]
