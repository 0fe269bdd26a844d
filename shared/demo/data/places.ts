// Where organizations sit. The large workspace leans on Saguenay–Lac-Saint-Jean (region 02) like the
// demo, with the rest of Quebec behind it.
import type { RegionCode } from '../../domain/regions'

export interface Place {
  city: string
  region: RegionCode
  mrc: string
  /** Relative share of organizations. */
  weight: number
}

export const PLACES: readonly Place[] = [
  { city: 'Saguenay', region: '02', mrc: 'Saguenay (ville)', weight: 30 },
  { city: 'Alma', region: '02', mrc: 'Lac-Saint-Jean-Est', weight: 8 },
  { city: 'Roberval', region: '02', mrc: 'Le Domaine-du-Roy', weight: 3 },
  { city: 'Saint-Félicien', region: '02', mrc: 'Le Domaine-du-Roy', weight: 3 },
  { city: 'Dolbeau-Mistassini', region: '02', mrc: 'Maria-Chapdelaine', weight: 3 },
  { city: 'Saint-Honoré', region: '02', mrc: 'Le Fjord-du-Saguenay', weight: 2 },
  { city: 'Métabetchouan–Lac-à-la-Croix', region: '02', mrc: 'Lac-Saint-Jean-Est', weight: 1 },
  { city: 'Québec', region: '03', mrc: 'Québec', weight: 12 },
  { city: 'Lévis', region: '12', mrc: 'Lévis', weight: 3 },
  { city: 'Montréal', region: '06', mrc: 'Montréal', weight: 14 },
  { city: 'Laval', region: '13', mrc: 'Laval', weight: 3 },
  { city: 'Longueuil', region: '16', mrc: 'Longueuil', weight: 3 },
  { city: 'Sherbrooke', region: '05', mrc: 'Sherbrooke', weight: 3 },
  { city: 'Trois-Rivières', region: '04', mrc: 'Trois-Rivières', weight: 3 },
  { city: 'Gatineau', region: '07', mrc: 'Gatineau', weight: 2 },
  { city: 'Rimouski', region: '01', mrc: 'Rimouski-Neigette', weight: 2 },
  { city: 'Rouyn-Noranda', region: '08', mrc: 'Rouyn-Noranda', weight: 1 },
  { city: 'Sept-Îles', region: '09', mrc: 'Sept-Rivières', weight: 1 },
  { city: 'Drummondville', region: '17', mrc: 'Drummond', weight: 1 },
  { city: 'Saint-Jérôme', region: '15', mrc: 'La Rivière-du-Nord', weight: 1 },
  { city: 'Joliette', region: '14', mrc: 'Joliette', weight: 1 },
  { city: 'Chibougamau', region: '10', mrc: '', weight: 1 },
  { city: 'Gaspé', region: '11', mrc: 'La Côte-de-Gaspé', weight: 1 }
]

/** Saguenay's arrondissements, named in notes since an address has no field of its own. */
export const SAGUENAY_DISTRICTS = ['Chicoutimi', 'Jonquière', 'La Baie'] as const

export const VENUES = [
  'Centre des congrès',
  'Hôtel de ville, salle du conseil',
  'Bibliothèque municipale, salle polyvalente',
  'Pavillon de l’innovation',
  'Microbrasserie du Vieux-Port',
  'Salle de spectacle du centre-ville',
  'Campus collégial, agora',
  'Incubateur techno, espace commun'
] as const
