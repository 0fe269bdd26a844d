// Formula (CSV) injection, OWASP WSTG-INPV-21: a text cell that starts with = + - @ tab CR or LF
// (or their full-width forms) may run as a formula when a spreadsheet opens it. Such text gets a
// leading apostrophe, which every spreadsheet shows as plain text. Numbers are never text here,
// so a negative amount stays a number.

// = + - @ and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), tab, CR, LF; spaces before
// them do not make them harmless
const DANGEROUS_START = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/

export function isDangerousText(text: string): boolean {
  const first = text.charCodeAt(0)
  // Fast path for the usual first letter or digit (0-9, A-Z, a-z, accented Latin letters)
  if (
    (first >= 0x30 && first <= 0x39) ||
    (first >= 0x41 && first <= 0x7a) ||
    (first >= 0xc0 && first < 0x2000)
  ) {
    return false
  }
  return DANGEROUS_START.test(text)
}

export function neutraliseText(text: string): string {
  return isDangerousText(text) ? `'${text}` : text
}
