// The demo workspace's organizations: a fictional Saguenay–Lac-Saint-Jean technology ecosystem.
// Keys are stable handles the other demo files use; `interactions` is how many ordinary
// interactions each gets over the year; `quietDays` keeps an account untouched that long (stale).
import type { CompanyStage, OrganizationKind, Tier } from '../../schemas'
import type { RegionCode } from '../../domain/regions'
import { SAGUENAY_DISTRICTS } from './places'
import { DEMO_TLD } from '../people'

export interface DemoOrganizationSpec {
  key: string
  name: string
  kind: OrganizationKind
  city: string
  /** Saguenay's arrondissement, written into the notes. */
  district?: (typeof SAGUENAY_DISTRICTS)[number]
  region: RegionCode
  mrc: string
  naics: string
  stage: CompanyStage | null
  tier: Tier | null
  employees: number
  tags: string[]
  notes: string
  domain: string
  interactions: number
  quietDays?: number
  risk?: { level: 'yellow' | 'red'; reason: string; sinceDaysAgo: number }
}

type Row = [
  key: string,
  name: string,
  kind: OrganizationKind,
  place: string,
  naics: string,
  stage: CompanyStage | null,
  tier: Tier | null,
  employees: number,
  tags: string[],
  interactions: number,
  notes: string
]

const SAGUENAY = 'Saguenay (ville)'

/** "Saguenay/Chicoutimi" or "Alma": where the organization is, expanded by placeOf. */
// prettier-ignore
const ROWS: Row[] = [
  ['rets', 'Regroupement des entreprises technologiques du Saguenay', 'partner', 'Saguenay/Chicoutimi', '', null, 'active', 6, ['association', 'réseau'], 6, 'Association industrielle : services aux membres, 5 à 7 techno, missions.'],
  ['bank', 'Banque de développement des entreprises du Nord', 'funder', 'Saguenay/Chicoutimi', '', null, 'active', 45, ['financement', 'banque'], 5, 'Groupe technologie : prêts à terme, fonds de roulement, capital de risque.'],
  ['hub', 'Carrefour d’innovation Saguenay–Lac-Saint-Jean', 'partner', 'Saguenay/Jonquière', '', null, 'active', 12, ['innovation', 'accompagnement'], 5, 'Pôle régional d’innovation : incubation, vitrine technologique, Demo Day.'],
  ['fund', 'Fonds Québec-Régions pour l’innovation', 'funder', 'Québec', '', null, null, 30, ['subvention', 'gouvernement'], 3, 'Fonds public : subventions de prototypage et volets industrie 4.0.'],
  ['crn', 'Centre de recherche en numérique appliqué — Université boréale', 'public-body', 'Saguenay/Chicoutimi', '5417', null, null, 25, ['recherche', 'université'], 4, 'Centre universitaire : projets de recherche appliquée, stagiaires, chaires.'],
  ['vc', 'Capital Hexagone', 'funder', 'Montréal', '', null, null, 14, ['capital de risque'], 3, 'Fonds de capital de risque montréalais, intéressé par l’IA industrielle en région.'],
  ['fjordtech', 'Logiciels Fjordtech inc.', 'company', 'Saguenay/Chicoutimi', '5132', 'growth', 'key-account', 48, ['SaaS', 'membre RETS'], 9, 'Éditeur SaaS de gestion de maintenance; hôte du 5 à 7 techno.'],
  ['nordikdata', 'Nordik Données ltée', 'company', 'Saguenay/Jonquière', '5182', 'established', 'key-account', 85, ['infonuagique', 'centre de données'], 8, 'Hébergement et centre de données alimenté à l’hydroélectricité.'],
  ['borealis', 'Borealis IA inc.', 'company', 'Saguenay/Chicoutimi', '541511', 'startup', 'active', 9, ['IA', 'jeune pousse'], 6, 'Vision par ordinateur pour l’inspection industrielle.'],
  ['alumitech', 'Alumitech Procédés inc.', 'company', 'Saguenay/La Baie', '3313', 'established', 'key-account', 120, ['aluminium', 'industrie 4.0'], 8, 'Procédés de transformation de l’aluminium; fournisseur aéronautique.'],
  ['peribonka', 'Électrolyse Péribonka inc.', 'company', 'Alma', '2211', 'startup', 'active', 7, ['énergie', 'technologies propres'], 4, 'Électrolyseurs compacts pour sites industriels.'],
  ['drones', 'Drones Mistassini inc.', 'company', 'Dolbeau-Mistassini', '3364', 'growth', 'active', 22, ['drones', 'aérospatiale'], 5, 'Drones d’inventaire forestier et de relevés.'],
  ['sylvanum', 'Sylvanum Technologies', 'company', 'Saint-Félicien', '5417', 'growth', 'active', 15, ['foresterie', 'capteurs'], 5, 'Capteurs et modèles de croissance pour la forêt boréale.'],
  ['bleuetlabs', 'Blueberry Labs Inc.', 'company', 'Roberval', '5415', 'startup', 'watch', 5, ['agtech'], 3, 'Suivi des bleuetières par imagerie; fondatrice anglophone.'],
  ['kenogami', 'Cybersécurité Kénogami inc.', 'company', 'Saguenay/Jonquière', '5415', 'growth', 'active', 18, ['cybersécurité'], 5, 'Services de sécurité gérés pour PME et municipalités.'],
  ['geolac', 'Géomatique Lac-Saint-Jean', 'company', 'Alma', '5413', 'established', 'watch', 30, ['géomatique'], 3, 'Arpentage, cartographie et données géospatiales.'],
  ['pixelboreal', 'Studio Pixel Boréal', 'company', 'Saguenay/Chicoutimi', '5132', 'growth', 'key-account', 35, ['jeux vidéo'], 7, 'Studio de jeux vidéo indépendant; premier titre sur console.'],
  ['metallo', 'MétalloSenseurs inc.', 'company', 'Saguenay/La Baie', '3345', 'startup', 'active', 11, ['capteurs', 'aluminium'], 4, 'Capteurs de température pour cuves d’électrolyse.'],
  ['telecomfjord', 'Télécom Fjord inc.', 'company', 'Alma', '517', 'established', 'active', 60, ['télécom', 'fibre'], 3, 'Fibre optique et réseaux privés en milieu rural.'],
  ['robotique', 'Robotique Almatech inc.', 'company', 'Alma', '333', 'growth', 'active', 26, ['robotique'], 4, 'Cellules robotisées de soudage.'],
  ['electronord', 'Électro-Nord Composants ltée', 'company', 'Saguenay/Jonquière', '3344', 'established', 'key-account', 70, ['électronique'], 3, 'Cartes électroniques pour l’industrie lourde.'],
  ['northernlights', 'Northern Lights Robotics Inc.', 'company', 'Saguenay/Chicoutimi', '333', 'startup', 'watch', 6, ['robotique', 'jeune pousse'], 3, 'Robots autonomes pour entrepôts; équipe anglophone.'],
  ['quantix', 'Quantix Analytique inc.', 'company', 'Québec', '541512', 'growth', 'active', 40, ['données'], 3, 'Analytique de données pour manufacturiers.'],
  ['cloudbridge', 'Cloudbridge Software Inc.', 'company', 'Montréal', '5132', 'established', 'watch', 150, ['SaaS'], 2, 'Logiciel montréalais qui envisage un bureau au Saguenay.'],
  ['agrinova', 'Agrinova Nord', 'company', 'Saint-Félicien', '5417', 'idea', null, 2, ['agtech', 'idée'], 2, 'Projet de serres automatisées chauffées aux rejets thermiques.'],
  ['atelier', 'Atelier numérique La Baie', 'company', 'Saguenay/La Baie', '541511', 'startup', null, 4, ['web'], 2, 'Développement web et applications sur mesure.'],
  ['aeroboreal', 'Aéro-Boréal Composites', 'company', 'Saguenay/La Baie', '3364', 'growth', 'active', 55, ['aérospatiale', 'composites'], 5, 'Pièces composites pour l’aéronautique, près de la base de Bagotville.'],
  ['visiopro', 'VisioPro Inspection inc.', 'company', 'Roberval', '3345', 'growth', 'active', 14, ['vision artificielle'], 3, 'Systèmes d’inspection optique pour scieries.'],
  ['lumen', 'Lumen Éducation numérique', 'company', 'Saguenay/Chicoutimi', '5132', 'startup', 'watch', 8, ['éducation'], 2, 'Plateforme d’apprentissage pour les cégeps.'],
  ['cervo', 'Cervo Santé numérique', 'company', 'Alma', '541511', 'idea', null, 3, ['santé numérique', 'idée'], 1, 'Application de suivi à domicile pour les soins infirmiers.']
]

const MRC_BY_CITY: Record<string, { region: RegionCode; mrc: string }> = {
  Saguenay: { region: '02', mrc: SAGUENAY },
  Alma: { region: '02', mrc: 'Lac-Saint-Jean-Est' },
  Roberval: { region: '02', mrc: 'Le Domaine-du-Roy' },
  'Saint-Félicien': { region: '02', mrc: 'Le Domaine-du-Roy' },
  'Dolbeau-Mistassini': { region: '02', mrc: 'Maria-Chapdelaine' },
  Québec: { region: '03', mrc: '' },
  Montréal: { region: '06', mrc: '' }
}

const RISKS: Record<string, DemoOrganizationSpec['risk']> = {
  pixelboreal: {
    level: 'red',
    reason: 'Deux versements du prêt à terme en retard; trésorerie de moins de deux mois.',
    sinceDaysAgo: 18
  },
  aeroboreal: {
    level: 'yellow',
    reason: 'Départ du directeur technique; carnet de commandes concentré sur un seul client.',
    sinceDaysAgo: 50
  }
}

const DOMAINS: Record<string, string> = {
  rets: 'rets-saguenay',
  bank: 'bden',
  hub: 'carrefour-slsj',
  fund: 'fqri',
  crn: 'crna-ub',
  vc: 'capitalhexagone',
  drones: 'dronesmistassini',
  metallo: 'metallosenseurs',
  robotique: 'almatech',
  electronord: 'electro-nord',
  atelier: 'ateliernumerique',
  visiopro: 'visiopro-inspection'
}

/** Stale on purpose: a key account nobody has talked to in four months. */
const QUIET_DAYS: Record<string, number> = { electronord: 125 }

export const DEMO_ORGANIZATIONS: readonly DemoOrganizationSpec[] = ROWS.map(
  ([key, name, kind, place, naics, stage, tier, employees, tags, interactions, notes]) => {
    const [city, where] = place.split('/')
    const district = SAGUENAY_DISTRICTS.find((d) => d === where)
    const office = district ? `Bureaux dans l’arrondissement ${district}. ` : ''
    return {
      key,
      name,
      kind,
      city,
      district,
      ...MRC_BY_CITY[city],
      naics,
      stage,
      tier,
      employees,
      tags,
      notes: `${office}${notes}`,
      domain: `${DOMAINS[key] ?? key}.${DEMO_TLD}`,
      interactions,
      quietDays: QUIET_DAYS[key],
      risk: RISKS[key]
    }
  }
)
