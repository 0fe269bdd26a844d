// A dropped or picked message: Outlook's .msg is a compound file (it starts with the MS-CFB
// signature), anything else is read as MIME (.eml). Sniffing the content, not the name, also reads
// a message whose extension was changed. The .msg reader loads only when such a file comes.
import { parseEmail, type CapturedEmail } from './email'
import { assertSize, MAX_EMAIL_BYTES } from './limits'

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export async function parseMessageFile(bytes: Uint8Array): Promise<CapturedEmail> {
  assertSize(bytes.length, MAX_EMAIL_BYTES)
  if (COMPOUND_FILE.every((byte, i) => bytes[i] === byte)) {
    const { readOutlookMsg } = await import('./outlookMsg')
    return readOutlookMsg(bytes)
  }
  return parseEmail(bytes)
}
