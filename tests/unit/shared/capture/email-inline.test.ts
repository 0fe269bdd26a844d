import { describe, expect, it } from 'vitest'
import { parseEmail } from '@shared/capture/email'

// Outlook's shape for a message with a logo in the signature and one real attachment: the logo is
// an inline part of a multipart/related body, the PDF a part with Content-Disposition: attachment.
const MESSAGE = [
  'From: Julie Agent <julie.agent@banque-dev.ca>',
  'To: Marc Lévesque <marc@nordik-tech.ca>',
  'Subject: Budget 2026',
  'Date: Wed, 4 Mar 2026 09:00:00 -0500',
  'Message-ID: <budget-2026@banque-dev.ca>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="mixed"',
  '',
  '--mixed',
  'Content-Type: multipart/related; boundary="related"',
  '',
  '--related',
  'Content-Type: text/html; charset=UTF-8',
  '',
  '<p>Voici le budget.</p><img src="cid:logo@banque">',
  '--related',
  'Content-Type: image/png; name="image001.png"',
  'Content-Disposition: inline; filename="image001.png"',
  'Content-ID: <logo@banque>',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--related--',
  '--mixed',
  'Content-Type: application/pdf; name="Budget 2026.pdf"',
  'Content-Disposition: attachment; filename="Budget 2026.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--mixed--',
  ''
].join('\r\n')

describe('attachments of an e-mail', () => {
  it('lists the attached file by name and leaves out the signature logo shown inline', async () => {
    const email = await parseEmail(new TextEncoder().encode(MESSAGE))
    expect(email.attachmentNames).toEqual(['Budget 2026.pdf'])
    expect(email.body).toBe('Voici le budget.')
  })
})
