// Frozen identity of the app. IndexedDB belongs to the origin (app://relais) and userData is
// named after the app: changing any of these opens an empty database for every existing user.
// A unit test pins these values; do not change them (RELIABILITY.md).

export const APP_NAME = 'Relais'
export const APP_SCHEME = 'app'
export const APP_HOST = 'relais'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Lets tests (and careful users) run on a throw-away profile. */
export const USER_DATA_ENV = 'RELAIS_USER_DATA'
/** Passed to the renderer through webPreferences.additionalArguments, read by the preload. */
export const SYSTEM_LANGUAGE_ARG = '--relais-system-language='
