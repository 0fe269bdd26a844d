// Name pools for the large workspace: Quebec French names with their accents, and English names,
// so search, sorting and duplicate detection meet "Éloïse", "Côté", "O'Brien" at scale.

// prettier-ignore
export const FRENCH_FEMALE_FIRST_NAMES = [
  'Éloïse', 'Geneviève', 'Noémie', 'Hélène', 'Josée', 'Frédérique', 'Anaïs', 'Thérèse', 'Marie-Ève', 'Léa',
  'Zoë', 'Chloé-Anne', 'Mélanie', 'Valérie', 'Océane', 'Amélie', 'Isabelle', 'Rosalie', 'Émilie', 'Nathalie',
  'Julie', 'Karine', 'Ariane', 'Camille', 'Mélissa', 'Audrey', 'Béatrice', 'Joëlle', 'Andréanne', 'Sophie',
  'Élisabeth', 'Jacinthe', 'Lucie', 'Marie-Hélène', 'Annie', 'Chantal', 'Mégane', 'Maude', 'Laurence', 'Élodie',
  'Gabrielle'
] as const

// prettier-ignore
export const FRENCH_MALE_FIRST_NAMES = [
  'François', 'Jérôme', 'Benoît', 'Stéphane', 'Étienne', 'Gaétan', 'Jean-François', 'Raphaël', 'Rémi', 'Maxime',
  'Mathieu', 'Sébastien', 'Réjean', 'Félix', 'Louis-Philippe', 'Vincent', 'Olivier', 'Pierre-Luc', 'Samuel', 'Denis',
  'Guy', 'Nicolas', 'Patrice', 'Marc-André', 'Gabriel', 'Émile', 'Médéric', 'Cédric', 'Simon', 'Ghislain',
  'Luc', 'Dominique', 'Éric', 'Hugo', 'Loïc', 'Alexis', 'Jérémie', 'Xavier', 'Noël'
] as const

// prettier-ignore
export const ENGLISH_FIRST_NAMES = [
  'Sarah', 'Kevin', 'Daniel', 'Jonathan', 'Liam', 'Emily', 'Jessica', 'Ryan', 'Michael', 'Olivia',
  'Emma', 'Noah', 'Hannah', 'Ethan', 'Grace', 'Owen', 'Megan', 'Connor', 'Rachel', 'Aidan',
  'Laura', 'Brendan', 'Fiona', 'Sean', 'Heather', 'Colin', 'Natalie', 'Adam', 'Claire', 'Mohamed'
] as const

// prettier-ignore
export const FRENCH_LAST_NAMES = [
  'Tremblay', 'Côté', 'Bouchard', 'Gagnon', 'Lavoie', 'Simard', 'Girard', 'Harvey', 'Gauthier', 'Morin',
  'Bergeron', 'Pelletier', 'Dufour', 'Boivin', 'Lapointe', 'Dionne', 'Villeneuve', 'Savard', 'Desbiens', 'Larouche',
  'Bédard', 'Fortin', 'Ouellet', 'Lévesque', 'Néron', 'Lachance', 'Hébert', 'Brassard', 'Blackburn', 'Potvin',
  'Maltais', 'Desmeules', 'Boudreault', 'Lalancette', 'Gagné', 'Bilodeau', 'Caron', 'Perron', 'St-Pierre', 'Paradis',
  'Gravel', 'Dufresne', 'Ménard', 'Bélanger', 'Théberge', 'Goulet', 'Laprise', 'Fréchette', 'Sénéchal', 'Plourde',
  'Gaudreault', 'Duchesne', 'Légaré', 'Bégin', 'Thériault', 'Roy', 'Bolduc', 'Déry', 'Émond', 'Vézina'
] as const

// prettier-ignore
export const ENGLISH_LAST_NAMES = [
  "O'Brien", 'MacLeod', 'Ross', 'Weiss', 'Fraser', 'Chen', 'Murray', 'Kelly', 'Thompson', 'Smith',
  'Campbell', 'Walsh', "O'Neill", 'Stewart', 'Patel', 'Nguyen', 'Johnston', 'McKenzie', 'Wright', 'Benali'
] as const

/** French job titles agree with the person: [masculine, feminine]. */
export const FRENCH_ROLES: readonly (readonly [string, string])[] = [
  ['Président', 'Présidente'],
  ['Président-directeur général', 'Présidente-directrice générale'],
  ['Directeur général', 'Directrice générale'],
  ['Directeur financier', 'Directrice financière'],
  ['Directeur technique', 'Directrice technique'],
  ['Vice-président finances', 'Vice-présidente finances'],
  ['Directeur R-D', 'Directrice R-D'],
  ['Contrôleur', 'Contrôleuse'],
  ['Cofondateur', 'Cofondatrice'],
  ['Directeur des opérations', 'Directrice des opérations'],
  ['Responsable des subventions', 'Responsable des subventions'],
  ['Directeur des ventes', 'Directrice des ventes'],
  ['Chargé de projets', 'Chargée de projets'],
  ['Ingénieur de procédés', 'Ingénieure de procédés'],
  ['Directeur du développement des affaires', 'Directrice du développement des affaires'],
  ['Adjoint à la direction', 'Adjointe à la direction']
]

// prettier-ignore
export const ENGLISH_ROLES = [
  'CEO', 'Founder & CEO', 'CFO', 'CTO', 'VP Business Development', 'Operations Manager', 'Co-founder',
  'Head of Product', 'Controller', 'Program Officer'
] as const
