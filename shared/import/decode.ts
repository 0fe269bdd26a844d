// Bytes of a CSV file as text: UTF-8 (with or without a BOM) when the bytes are valid UTF-8,
// otherwise Windows-1252, the encoding of most CSV files Excel saves on a French Windows.

export type TextEncodingName = 'utf-8' | 'windows-1252'

// Windows-1252's 0x80–0x9F (where it differs from Latin-1); 0 = unassigned. Node's TextDecoder
// decodes "windows-1252" as Latin-1, which loses ’ œ € and the dashes, so the table is spelled out.
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178
]

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] || 0xfffd : b
    )
    text += String.fromCharCode(...codes)
  }
  return text
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' }
  }
}
