// Labels of the native menu. The renderer's catalogues do not reach main, so the menu keeps
// its own small one, in both languages.
import type { Language } from '@shared/schemas/common'

const en = {
  file: 'File',
  newCompany: 'New company',
  newContact: 'New contact',
  logMeeting: 'Log a meeting',
  settings: 'Settings…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  undoLastChange: 'Undo last change',
  search: 'Search…',
  view: 'View',
  today: 'Today',
  companies: 'Companies',
  contacts: 'Contacts',
  pipeline: 'Pipeline',
  reload: 'Reload',
  devTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  help: 'Help',
  shortcuts: 'Keyboard shortcuts',
  about: 'About Relais',
  services: 'Services',
  hide: 'Hide Relais',
  hideOthers: 'Hide others',
  showAll: 'Show all'
}

export type MenuLabels = typeof en

const fr: MenuLabels = {
  file: 'Fichier',
  newCompany: 'Nouvelle entreprise',
  newContact: 'Nouveau contact',
  logMeeting: 'Consigner une rencontre',
  settings: 'Paramètres…',
  quit: 'Quitter',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  undoLastChange: 'Annuler la dernière modification',
  search: 'Rechercher…',
  view: 'Affichage',
  today: 'Aujourd’hui',
  companies: 'Entreprises',
  contacts: 'Contacts',
  pipeline: 'Pipeline',
  reload: 'Recharger',
  devTools: 'Outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fullScreen: 'Plein écran',
  help: 'Aide',
  shortcuts: 'Raccourcis clavier',
  about: 'À propos de Relais',
  services: 'Services',
  hide: 'Masquer Relais',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher'
}

export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = { fr, en }
