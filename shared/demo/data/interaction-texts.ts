// Titles and notes of generated interactions, in French and English. Templates are functions so the
// large workspace fills 100,000 of them without parsing a thing.
import type { InteractionKind } from '../../schemas'
import type { Language } from '../../schemas/common'
import { amountText } from '../amount'

export interface TextContext {
  org: string
  /** A person's full name, or the organization's name when no one is named. */
  who: string
  /** City, or Saguenay's arrondissement (Chicoutimi…). */
  place: string
  program: string
  /** Written out only by the templates that mention it: most notes don't. */
  amountCents: number
  event: string
}

type Template = (c: TextContext) => string
type OrdinaryKind = Exclude<InteractionKind, 'introduction'>

export const TITLES: Record<Language, Record<OrdinaryKind, readonly Template[]>> = {
  fr: {
    meeting: [
      (c) => `Rencontre avec ${c.who}`,
      (c) => `Rencontre de suivi — ${c.org}`,
      (c) => `Dîner d’affaires avec ${c.who}`,
      () => 'Présentation du plan de croissance',
      (c) => `Revue trimestrielle avec ${c.who}`
    ],
    call: [
      (c) => `Appel avec ${c.who}`,
      () => 'Appel de suivi — financement',
      () => 'Appel : mise à jour du projet'
    ],
    email: [
      (c) => `Courriel à ${c.who}`,
      (c) => `Envoi de la documentation — ${c.program}`,
      () => 'Relance par courriel'
    ],
    'event-encounter': [(c) => `Échange avec ${c.who} — ${c.event}`, (c) => `Discussion — ${c.event}`],
    'site-visit': [(c) => `Visite de l’usine de ${c.org}`, (c) => `Visite des bureaux à ${c.place}`],
    note: [
      (c) => `Note — ${c.org}`,
      (c) => `Veille : nouvelles de ${c.org}`,
      () => 'Note interne sur le dossier'
    ]
  },
  en: {
    meeting: [
      (c) => `Meeting with ${c.who}`,
      (c) => `Follow-up meeting — ${c.org}`,
      () => 'Growth plan presentation'
    ],
    call: [(c) => `Call with ${c.who}`, () => 'Follow-up call — financing', () => 'Call: project update'],
    email: [
      (c) => `Email to ${c.who}`,
      (c) => `Sent the ${c.program} documentation`,
      () => 'Email follow-up'
    ],
    'event-encounter': [(c) => `Talked with ${c.who} — ${c.event}`, (c) => `Chat at ${c.event}`],
    'site-visit': [(c) => `Plant tour at ${c.org}`, (c) => `Visit of the ${c.place} offices`],
    note: [(c) => `Note — ${c.org}`, (c) => `News about ${c.org}`, () => 'Internal note on the file']
  }
}

export const OPENERS: Record<Language, Record<OrdinaryKind, readonly Template[]>> = {
  fr: {
    meeting: [
      (c) => `Rencontre à leurs bureaux de ${c.place}.`,
      (c) => `Rencontre au café, centre-ville de ${c.place}.`
    ],
    call: [() => 'Appel d’une trentaine de minutes.', (c) => `${c.who} a rappelé comme convenu.`],
    email: [
      (c) => `Envoyé la documentation : ${c.program}.`,
      () => 'Réponse aux questions de la semaine dernière.'
    ],
    'event-encounter': [
      (c) => `Croisé à l’événement « ${c.event} ».`,
      (c) => `Bref échange pendant l’événement « ${c.event} ».`
    ],
    'site-visit': [(c) => `Visite des installations de ${c.place} avec l’équipe de production.`],
    note: [
      (c) => `Article sur ${c.org} dans le journal régional.`,
      () => 'Information reçue d’un partenaire.'
    ]
  },
  en: {
    meeting: [(c) => `Met at their ${c.place} office.`, () => 'Lunch meeting downtown.'],
    call: [() => 'Half-hour call.', (c) => `${c.who} called back as agreed.`],
    email: [(c) => `Sent the documentation: ${c.program}.`, () => 'Answered last week’s questions.'],
    'event-encounter': [(c) => `Ran into them at “${c.event}”.`, (c) => `Short chat during “${c.event}”.`],
    'site-visit': [(c) => `Toured the ${c.place} facility with the production team.`],
    note: [(c) => `${c.org} in the regional newspaper.`, () => 'Heard from a partner.']
  }
}

export const SENTENCES: Record<Language, readonly Template[]> = {
  fr: [
    (c) => `Besoin de financement d’environ ${amountText(c.amountCents, 'fr')} pour l’achat d’équipement.`,
    () => 'Ils préparent une réclamation RS&DE pour le dernier exercice.',
    () => 'Projet d’embauche de trois développeurs d’ici l’automne.',
    (c) => `Intérêt pour « ${c.program} »; envoyer les critères d’admissibilité.`,
    () => 'Veulent ouvrir un bureau à Montréal l’an prochain.',
    () => 'Discussion sur la relève et l’actionnariat.',
    () => 'Pénurie de main-d’œuvre qualifiée : difficile de recruter en TI.',
    () => 'Cherchent un partenaire de recherche universitaire.',
    () => 'Exportation vers les États-Unis à l’étude; questions sur les tarifs douaniers.',
    () => 'Demande de lettre d’appui pour une subvention.',
    (c) => `Prévoient un projet pilote avec un client de ${c.place}.`,
    () => 'Croissance de 30 % du chiffre d’affaires cette année.',
    () => 'États financiers intermédiaires attendus le mois prochain.',
    () => 'Bonne impression : équipe solide et motivée.',
    () => 'Rappeler après la réunion du conseil d’administration.',
    () => 'Questions sur les crédits d’impôt RS&DE et un financement relais.',
    (c) => `Déménagement prévu dans un local plus grand à ${c.place}.`,
    () => 'Le carnet de commandes est solide, surtout dans l’aluminium et la foresterie.'
  ],
  en: [
    (c) => `Looking for about ${amountText(c.amountCents, 'en')} to buy equipment.`,
    () => 'Preparing an SR&ED claim for last fiscal year.',
    () => 'Plan to hire three developers by the fall.',
    (c) => `Interested in ${c.program}; send the eligibility criteria.`,
    () => 'Considering a Montréal office next year.',
    () => 'Discussed succession and shareholding.',
    () => 'Hard to hire skilled IT staff in the region.',
    () => 'Exporting to the U.S. under review; questions about tariffs.',
    () => 'Asked for a support letter for a grant.',
    (c) => `Pilot project planned with a ${c.place} customer.`,
    () => 'Revenue up 30% this year.',
    () => 'Interim financial statements expected next month.',
    () => 'Questions about SR&ED tax credits and bridge financing.',
    () => 'Call back after the board meeting.'
  ]
}
