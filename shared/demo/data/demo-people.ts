// The demo workspace's 60 people, by organization key (null: an independent consultant).
// Accents, hyphens and apostrophes on purpose: search must find "Éloïse" by typing "eloise".
import type { Language } from '../../schemas/common'

export interface DemoPersonSpec {
  org: string | null
  firstName: string
  lastName: string
  role: string
  language: Language
}

type Row = [org: string | null, firstName: string, lastName: string, role: string, language?: Language]

// prettier-ignore
const ROWS: Row[] = [
  ['rets', 'Éloïse', 'Tremblay', 'Conseillère aux membres'],
  ['rets', 'Marc-André', 'Simard', 'Directeur général'],
  ['rets', 'Audrey', 'Bergeron', 'Coordonnatrice des événements'],
  ['bank', 'François', 'Côté', 'Directeur de comptes, technologie'],
  ['bank', 'Sarah', "O'Brien", 'Senior Account Manager, Technology', 'en'],
  ['bank', 'Patrice', 'Gauthier', 'Directeur régional'],
  ['bank', 'Mélissa', 'Dufour', 'Analyste de crédit'],
  ['hub', 'Geneviève', 'Bouchard', 'Directrice de l’innovation'],
  ['hub', 'Rémi', 'Harvey', 'Conseiller en commercialisation'],
  ['hub', 'Kevin', 'MacLeod', 'Startup Program Lead', 'en'],
  ['fund', 'Hélène', 'Lachance', 'Chargée de projets'],
  ['fund', 'Daniel', 'Ross', 'Program Officer', 'en'],
  ['crn', 'Thérèse', 'Savard', 'Directrice scientifique'],
  ['crn', 'Olivier', 'Néron', 'Professionnel de recherche'],
  ['vc', 'Émilie', 'Bédard', 'Associée'],
  ['vc', 'Jonathan', 'Weiss', 'Principal', 'en'],
  ['fjordtech', 'Noémie', 'Gagnon', 'Présidente-directrice générale'],
  ['fjordtech', 'Jérôme', 'Lavoie', 'Directeur technique'],
  ['fjordtech', 'Chloé-Anne', 'Girard', 'Directrice financière'],
  ['nordikdata', 'Stéphane', 'Bergeron', 'Président'],
  ['nordikdata', 'Josée', 'Pelletier', 'Vice-présidente finances'],
  ['nordikdata', 'Liam', 'Fraser', 'Cloud Operations Manager', 'en'],
  ['borealis', 'Maxime', 'Dufresne', 'Cofondateur et PDG'],
  ['borealis', 'Zoë', 'Fortin', 'Cofondatrice, science des données'],
  ['alumitech', 'Benoît', 'Morin', 'Directeur général'],
  ['alumitech', 'Marie-Ève', 'Larouche', 'Directrice R-D'],
  ['alumitech', 'Gaétan', 'Villeneuve', 'Contrôleur'],
  ['peribonka', 'Étienne', 'Boivin', 'Fondateur'],
  ['peribonka', 'Anaïs', 'Dionne', 'Ingénieure de procédés'],
  ['drones', 'Frédérique', 'Lapointe', 'Présidente'],
  ['drones', 'Mathieu', 'Desbiens', 'Directeur des opérations'],
  ['sylvanum', 'Raphaël', 'Bédard', 'Président-directeur général'],
  ['sylvanum', 'Léa', 'Ouellet', 'Responsable des subventions'],
  ['bleuetlabs', 'Emily', 'Chen', 'Founder & CEO', 'en'],
  ['kenogami', 'Sébastien', 'Girard', 'Président'],
  ['kenogami', 'Camille', 'Tremblay-Roy', 'Directrice des ventes'],
  ['geolac', 'Denis', 'Lalancette', 'Directeur général'],
  ['pixelboreal', 'Alexandre', 'Côté-Boucher', 'Président'],
  ['pixelboreal', 'Jessica', 'Murray', 'Executive Producer', 'en'],
  ['pixelboreal', 'Valérie', 'Hébert', 'Directrice administrative'],
  ['metallo', 'Nicolas', 'Brassard', 'Cofondateur'],
  ['metallo', 'Ariane', 'Blackburn', 'Cofondatrice, ingénierie'],
  ['telecomfjord', 'Guy', 'Potvin', 'Vice-président développement'],
  ['robotique', 'Samuel', 'Fortin', 'Président'],
  ['robotique', 'Karine', 'Maltais', 'Directrice financière'],
  ['electronord', 'Pierre-Luc', 'Côté', 'Président'],
  ['electronord', 'Nathalie', 'Desmeules', 'Vice-présidente finances'],
  ['electronord', 'Réjean', 'Boudreault', 'Directeur d’usine'],
  ['northernlights', 'Ryan', 'Kelly', 'CEO', 'en'],
  ['quantix', 'Julie', 'Lévesque', 'Directrice générale'],
  ['quantix', 'Mohamed', 'Benali', 'Directeur technique'],
  ['cloudbridge', 'Michael', 'Thompson', 'VP Business Development', 'en'],
  ['agrinova', 'Océane', 'Morin', 'Fondatrice'],
  ['atelier', 'Félix', 'Gagné', 'Fondateur'],
  ['aeroboreal', 'Louis-Philippe', 'Bilodeau', 'Président'],
  ['aeroboreal', 'Isabelle', 'Caron', 'Directrice des programmes'],
  ['visiopro', 'Vincent', 'Perron', 'Président'],
  ['lumen', 'Rosalie', 'St-Pierre', 'Cofondatrice'],
  ['cervo', 'Amélie', 'Paradis-Tremblay', 'Fondatrice, infirmière clinicienne'],
  [null, 'Chantal', 'Gravel', 'Consultante en financement d’entreprises']
]

export const DEMO_PEOPLE: readonly DemoPersonSpec[] = ROWS.map(
  ([org, firstName, lastName, role, language = 'fr']) => ({
    org,
    firstName,
    lastName,
    role,
    language
  })
)
