// A short list of technology SCIAN/NAICS 2022 codes an officer meets most; free entry is allowed too.
export const TECH_NAICS_CODES = [
  {
    code: '334',
    fr: 'Fabrication de produits informatiques et électroniques',
    en: 'Computer and electronic product manufacturing'
  },
  {
    code: '3341',
    fr: 'Fabrication de matériel informatique et périphérique',
    en: 'Computer and peripheral equipment manufacturing'
  },
  {
    code: '3342',
    fr: 'Fabrication de matériel de communication',
    en: 'Communications equipment manufacturing'
  },
  {
    code: '3344',
    fr: 'Fabrication de semi-conducteurs et autres composants électroniques',
    en: 'Semiconductor and other electronic component manufacturing'
  },
  {
    code: '3345',
    fr: "Fabrication d'instruments de navigation, de mesure et de commande",
    en: 'Navigational, measuring, medical and control instruments manufacturing'
  },
  { code: '333', fr: 'Fabrication de machines', en: 'Machinery manufacturing' },
  { code: '5132', fr: 'Éditeurs de logiciels', en: 'Software publishers' },
  {
    code: '5182',
    fr: 'Traitement de données, hébergement et services connexes',
    en: 'Data processing, hosting and related services'
  },
  {
    code: '5192',
    fr: 'Portails de recherche, bibliothèques, archives et autres services d’information',
    en: 'Web search portals, libraries, archives and other information services'
  },
  {
    code: '5415',
    fr: 'Conception de systèmes informatiques et services connexes',
    en: 'Computer systems design and related services'
  },
  {
    code: '541511',
    fr: 'Programmation informatique sur commande',
    en: 'Custom computer programming services'
  },
  { code: '541512', fr: 'Conception de systèmes informatiques', en: 'Computer systems design services' },
  {
    code: '5413',
    fr: 'Architecture, génie et services connexes',
    en: 'Architectural, engineering and related services'
  },
  {
    code: '5417',
    fr: 'Services de recherche et de développement scientifiques',
    en: 'Scientific research and development services'
  },
  {
    code: '5416',
    fr: 'Services de conseils en gestion et de conseils scientifiques et techniques',
    en: 'Management, scientific and technical consulting services'
  },
  { code: '517', fr: 'Télécommunications', en: 'Telecommunications' },
  {
    code: '3313',
    fr: "Production et transformation d'alumine et d'aluminium",
    en: 'Alumina and aluminum production and processing'
  },
  {
    code: '3364',
    fr: 'Fabrication de produits aérospatiaux et de leurs pièces',
    en: 'Aerospace product and parts manufacturing'
  },
  {
    code: '2211',
    fr: "Production, transport et distribution d'électricité",
    en: 'Electric power generation, transmission and distribution'
  }
] as const

export function naicsLabel(code: string | null | undefined, language: 'fr' | 'en'): string | undefined {
  if (!code) return undefined
  return TECH_NAICS_CODES.find((n) => n.code === code)?.[language]
}
