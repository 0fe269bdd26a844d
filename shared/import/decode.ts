// Bytes of a CSV file as text, decided per file and, where a file mixes them, per line: a BOM says
// UTF-8 or UTF-16 (Excel's « Texte Unicode » is UTF-16 LE with a BOM); otherwise UTF-8 read strictly,
// and only the lines that are not valid UTF-8 are read as Windows-1252 (the encoding of most CSV
// files Excel or Outlook save on a French Windows). The person can force one encoding in the preview.

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number]

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** Line numbers (1-based) read as Windows-1252 inside a file otherwise read as UTF-8. */
  fallbackLines: number[]
}

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

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** UTF-16 without a BOM: text in Latin letters has a zero byte in every other position. */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = bytes.subarray(0, 200 - (Math.min(bytes.length, 200) % 2))
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2) oddZeros++
    else evenZeros++
  }
  const half = sample.length / 2
  if (oddZeros > half * 0.6 && evenZeros === 0) return 'utf-16le'
  if (evenZeros > half * 0.6 && oddZeros === 0) return 'utf-16be'
  return null
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 line by line, Windows-1252 for the lines that are not UTF-8. */
function utf8WithFallback(bytes: Uint8Array): DecodedText {
  const lines: string[] = []
  const fallbackLines: number[] = []
  let start = 0
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    if (end === -1) end = bytes.length
    const line = bytes.subarray(start, end)
    try {
      lines.push(strictUtf8.decode(line))
    } catch {
      lines.push(decodeWindows1252(line))
      fallbackLines.push(lines.length)
    }
    start = end + 1
  }
  const nonAscii = lines.filter((line) => /[^ -~\t\r]/.test(line)).length
  // Every line with an accent failed UTF-8: the whole file is Windows-1252
  const encoding = fallbackLines.length > 0 && fallbackLines.length === nonAscii ? 'windows-1252' : 'utf-8'
  return { text: lines.join('\n'), encoding, fallbackLines: encoding === 'utf-8' ? fallbackLines : [] }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return new TextDecoder(encoding).decode(bytes)
}

/** The file's text; `forced` is the encoding the person chose in the preview. */
export function decodeText(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  const bom = bomOf(bytes)
  const body = bom ? bytes.subarray(bom.length) : bytes
  if (forced)
    return {
      text: decodeAs(forced === bom?.encoding ? body : bytes, forced),
      encoding: forced,
      fallbackLines: []
    }
  const encoding = bom?.encoding ?? bomlessUtf16(bytes)
  if (encoding && encoding !== 'utf-8') return { text: decodeAs(body, encoding), encoding, fallbackLines: [] }
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', fallbackLines: [] }
  } catch {
    return utf8WithFallback(body)
  }
}
