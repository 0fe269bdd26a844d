// Pieces of fictional company and partner names for the large workspace ("Technologies Boréal inc.",
// "Fjordlogik Analytics Inc."). Any resemblance to a real firm is a coincidence of common words.

// prettier-ignore
export const NAME_ROOTS = [
  'Boréal', 'Nordik', 'Fjord', 'Kénogami', 'Péribonka', 'Mistassini', 'Taïga', 'Érable', 'Bleuet', 'Harfang',
  'Aurore', 'Horizon', 'Vertex', 'Alto', 'Nova', 'Polaris', 'Cobalt', 'Quartz', 'Granit', 'Cèdre',
  'Épinette', 'Orignal', 'Castor', 'Brume', 'Rivière', 'Sommet', 'Falaise', 'Bouleau', 'Caribou', 'Hélios',
  'Outarde', 'Pékan', 'Lynx', 'Mélèze', 'Givre', 'Rocher', 'Phare', 'Vigie', 'Balise', 'Cormoran',
  'Nordet', 'Noroît', 'Pinède', 'Tourbière', 'Glacier', 'Aval', 'Amont', 'Éclair', 'Zénith', 'Prisme',
  'Lueur', 'Onde', 'Vortex', 'Axiome', 'Pixel', 'Cristal', 'Alizé', 'Aimant', 'Fusain', 'Sillon'
] as const

// prettier-ignore
export const NAME_SYLLABLES = [
  '', '', '', 'tech', 'ia', 'logik', 'data', 'sys', 'net', 'lab', 'flex', 'vision', 'matik', 'tronik', 'soft', 'wave'
] as const

// prettier-ignore
export const FRENCH_DESCRIPTORS = [
  'Logiciels', 'Technologies', 'Solutions numériques', 'Robotique', 'Données', 'Systèmes', 'Innovations',
  'Analytique', 'Électronique', 'Automatisation', 'Géomatique', 'Cybersécurité', 'Drones', 'Énergie',
  'Matériaux', 'Capteurs', 'Studio', 'Intelligence artificielle', 'Conseil TI', 'Télécom'
] as const

// prettier-ignore
export const ENGLISH_DESCRIPTORS = [
  'Software', 'Technologies', 'Robotics', 'Analytics', 'Systems', 'Labs', 'Digital', 'AI', 'Networks', 'Devices'
] as const

export const FRENCH_LEGAL = ['inc.', 'inc.', 'ltée', '', 'S.E.N.C.'] as const
export const ENGLISH_LEGAL = ['Inc.', 'Inc.', 'Ltd.', ''] as const

/** Partners, funders and public bodies: `{city}` and `{root}` are filled in. */
export const PARTNER_PATTERNS = {
  partner: [
    'Chambre de commerce de {city}',
    'Regroupement techno {root}',
    'Incubateur {root} de {city}',
    'Accélérateur {root}',
    'Association des entreprises numériques de {city}'
  ],
  funder: [
    'Fonds {root} capital',
    'Fonds régional d’investissement de {city}',
    '{root} Ventures',
    'Caisse d’innovation {root}'
  ],
  'public-body': [
    'Développement économique {city}',
    'Centre collégial de transfert de technologie {root}',
    'Centre de recherche {root}',
    'Service de développement régional de {city}'
  ]
} as const
