import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseEmail } from '@shared/capture/email'
import { trimmedBody } from '@shared/capture/bodyText'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/capture', name)))

describe('e-mail files', () => {
  it('reads a UTF-8 multipart/alternative reply: plain part, no quote, no signature', async () => {
    const email = await parseEmail(fixture('gmail-utf8-reply.eml'))
    expect(email.messageId).toBe('CAF3kq8Zx1Y2@mail.gmail.com')
    expect(email.subject).toBe('Re\u00a0: Prochaines étapes – Nordik')
    expect(email.sentAt).toBe('2026-03-04T14:30:41.000Z')
    expect(email.from).toEqual({ email: 'eloise.tremblay@nordik-tech.ca', name: 'Éloïse Tremblay' })
    expect(email.to).toEqual([{ email: 'julie.agent@banque-dev.ca', name: 'Julie Agent' }])
    expect(email.cc).toEqual([
      { email: 'marc@nordik-tech.ca', name: 'Lévesque, Marc' },
      { email: 'finances@nordik-tech.ca', name: '' }
    ])
    expect(email.body).toBe(
      "Bonjour Julie,\n\nMerci pour la rencontre d'hier. Voici les prochaines étapes :\n" +
        "- dépôt du dossier au PARI-CNRC d'ici le 20 mars ;\n- visite de l'usine à Bécancour.\n\nÉloïse"
    )
    expect(email.truncated).toBe(false)
    expect(email.attachmentNames).toEqual([])
  })

  it('reads an Outlook ISO-8859-1 quoted-printable message with an attachment', async () => {
    const email = await parseEmail(fixture('outlook-latin1-qp-attachment.eml'))
    expect(email.messageId).toBe('YT2PR01MB4567A1B2C3D4E5F6@YT2PR01MB4567.CANPRD01.PROD.OUTLOOK.COM')
    expect(email.subject).toBe("TR: Plan d'affaires révisé")
    expect(email.sentAt).toBe('2026-03-03T16:02:17.000Z')
    expect(email.from).toEqual({ email: 'fbedard@acier-mauricie.ca', name: 'François Bédard' })
    // the soft line break inside « tiennent » is joined; Outlook's « De : … Envoyé : » block is cut
    expect(email.body).toBe(
      "Bonjour Madame Agent,\n\nVous trouverez ci-joint le plan d'affaires révisé. Les prévisions tiennent " +
        "compte de l'été 2026 et de la subvention déjà accordée.\n\nCordialement,\nFrançois Bédard"
    )
    expect(email.attachmentNames).toEqual(["Plan d'affaires révisé.pdf"])
  })

  it('turns an HTML-only message into text without its styles, scripts or images', async () => {
    const email = await parseEmail(fixture('html-only.eml'))
    expect(email.body).toBe('Merci déjà de votre visite au Salon.\nL’équipe')
  })

  it('cuts a long body at 10,000 characters and says so', () => {
    const { text, truncated } = trimmedBody('é'.repeat(12_000))
    expect(truncated).toBe(true)
    expect(text).toHaveLength(10_001)
    expect(text.endsWith('é…')).toBe(true)
  })

  it('cuts English reply headers and mobile footers too', () => {
    expect(
      trimmedBody(
        'Thanks!\n\nSent from my iPhone\n\nOn Mon, Mar 2, 2026 at 4:04 PM Julie <j@x.ca> wrote:\n> hi'
      ).text
    ).toBe('Thanks!')
  })

  it('refuses a binary file renamed .eml', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
    ])
    await expect(parseEmail(png)).rejects.toMatchObject({ key: 'capture.errors.notEmail' })
  })

  it('refuses a text file that is no e-mail', async () => {
    await expect(parseEmail(new TextEncoder().encode('Nom;Courriel\nÉloïse;e@x.ca\n'))).rejects.toMatchObject(
      {
        key: 'capture.errors.notEmail'
      }
    )
  })

  it('refuses a 50 MB file', async () => {
    await expect(parseEmail(new Uint8Array(50 * 1024 * 1024).fill(65))).rejects.toMatchObject({
      key: 'capture.errors.tooLarge'
    })
  })
})
