// What a picked file really is, by its first bytes more than by its name: a Word document or a PDF
// renamed .csv is named for what it is instead of being read as garbled text.

export type FileKind = 'xlsx' | 'text' | 'docx' | 'xls' | 'pdf' | 'ods' | 'zip' | 'image'

function ascii(bytes: Uint8Array, length: number): string {
  let text = ''
  for (let i = 0; i < Math.min(length, bytes.length); i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, length)))
  return text
}

export function sniffFileKind(name: string, bytes: Uint8Array): FileKind {
  const start = ascii(bytes, 8)
  if (start.startsWith('%PDF')) return 'pdf'
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls'
  if (start.startsWith('\x89PNG') || (bytes[0] === 0xff && bytes[1] === 0xd8)) return 'image'
  if (start.startsWith('PK\x03\x04')) {
    // An Office file's entry names (in its first entries and in the directory at its end) say its
    // kind: word/…, xl/…, or an OpenDocument mimetype
    const head = ascii(bytes, Math.min(bytes.length, 4096)) + ascii(bytes.subarray(-65536), 65536)
    if (head.includes('word/')) return 'docx'
    if (head.includes('opendocument')) return 'ods'
    if (head.includes('xl/') || /\.xlsx$/i.test(name)) return 'xlsx'
    return head.includes('[Content_Types].xml') ? 'xlsx' : 'zip'
  }
  if (/\.(xls)$/i.test(name)) return 'xls'
  if (/\.(ods|numbers)$/i.test(name)) return 'ods'
  if (/\.docx?$/i.test(name)) return 'docx'
  if (/\.xlsx$/i.test(name)) return 'xlsx'
  return 'text'
}
