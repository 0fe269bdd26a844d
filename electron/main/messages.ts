// Texts main shows itself (before the renderer and its catalogues exist).
import type { Language } from '@shared/schemas/common'

const en = {
  profileNewerTitle: 'Relais cannot open your data',
  profileNewerBody:
    'Your data was last opened by a newer version of Relais. Opening it with this older version could ' +
    'damage it. Install the latest version of Relais, then try again.'
}

export type MainMessages = typeof en

const fr: MainMessages = {
  profileNewerTitle: 'Relais ne peut pas ouvrir vos données',
  profileNewerBody:
    'Vos données ont été ouvertes en dernier par une version plus récente de Relais. Les ouvrir avec ' +
    'cette version plus ancienne pourrait les abîmer. Installez la dernière version de Relais, puis réessayez.'
}

export const MAIN_MESSAGES: Readonly<Record<Language, MainMessages>> = { fr, en }
