// Formula (CSV) injection, OWASP WSTG-INPV-21: a text cell that starts with = + - @ tab CR or LF
// (or their full-width forms) may run as a formula when a spreadsheet opens it. Such text gets a
// leading apostrophe, which every spreadsheet shows as plain text. Numbers are never text here,
// so a negative amount stays a number.

// = + - @ and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), tab, CR, LF; spaces before
// them do not make them harmless
const DANGEROUS_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/

export function isDangerousText(text: string): boolean {
  return DANGEROUS_START.test(text)
}

export function neutraliseText(text: string): string {
  return isDangerousText(text) ? `'${text}` : text
}
