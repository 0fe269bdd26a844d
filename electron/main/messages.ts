// Texts main shows itself (before the renderer and its catalogues exist).
import type { Language } from '@shared/schemas/common'

const en = {
  profileNewerTitle: 'Relais cannot open your data',
  profileNewerBody:
    'Your data was last opened by a newer version of Relais. Opening it with this older version could ' +
    'damage it. Install the latest version of Relais, then try again.',
  profileUnknownTitle: 'Which version of Relais last opened your data?',
  profileUnknownBody:
    'Relais cannot read the note saying which version last opened your data (it is missing or damaged). ' +
    'If a newer version of Relais opened it, this older one could damage it. Open it only if you have ' +
    'not installed a newer version of Relais on this computer.',
  profileUnknownOpen: 'Open my data',
  profileUnknownQuit: 'Quit',
  quitSaving: 'Relais — Saving a backup before closing…'
}

export type MainMessages = typeof en

const fr: MainMessages = {
  profileNewerTitle: 'Relais ne peut pas ouvrir vos données',
  profileNewerBody:
    'Vos données ont été ouvertes en dernier par une version plus récente de Relais. Les ouvrir avec ' +
    'cette version plus ancienne pourrait les abîmer. Installez la dernière version de Relais, puis réessayez.',
  profileUnknownTitle: 'Quelle version de Relais a ouvert vos données en dernier ?',
  profileUnknownBody:
    'Relais ne peut pas lire la note qui dit quelle version a ouvert vos données en dernier (elle manque ' +
    'ou est abîmée). Si une version plus récente de Relais les a ouvertes, cette version plus ancienne ' +
    'pourrait les abîmer. Ne les ouvrez que si vous n’avez pas installé de version plus récente de Relais ' +
    'sur cet ordinateur.',
  profileUnknownOpen: 'Ouvrir mes données',
  profileUnknownQuit: 'Quitter',
  quitSaving: 'Relais — Sauvegarde en cours avant de fermer…'
}

export const MAIN_MESSAGES: Readonly<Record<Language, MainMessages>> = { fr, en }
