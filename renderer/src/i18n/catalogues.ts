// Both languages at once, for tests that check or render the texts of either.
import { catalogue as en } from './en'
import { catalogue as fr } from './fr'

export const catalogues = { fr, en }
