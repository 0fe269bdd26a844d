import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { burn } from '@kenjiuno/msgreader/lib/Burner'
import { parseMessageFile } from '@shared/capture/messageFile'
import { buildMsg, type MsgSpec } from '../../../fixtures/capture/outlook-msg'

// A reply received through Exchange Online, saved from Outlook for Windows by dragging it out
const exchangeReply: MsgSpec = {
  subject: 'RE\u00a0: Visite de l’usine à Bécancour – « Nordik »',
  submitTime: '2026-03-04T14:30:41Z',
  deliveryTime: '2026-03-04T14:31:02Z',
  internetMessageId: '<YT3PR01MB6123F00D@YT3PR01MB6123.CANPRD01.PROD.OUTLOOK.COM>',
  senderName: 'Éloïse Tremblay',
  senderAddressType: 'EX',
  senderEmail: '/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=ELOISE',
  senderSmtpAddress: 'Eloise.Tremblay@nordik-tech.ca',
  body:
    'Bonjour Julie,\r\n\r\nLa visite est confirmée jeudi à 10 h ; François sera présent.\r\n\r\n' +
    'Éloïse\r\n\r\nDe : Julie Agent <julie.agent@banque-dev.ca>\r\nEnvoyé : 3 mars 2026 16:02\r\n' +
    'À : Éloïse Tremblay\r\nObjet : Visite\r\n\r\nPeut-on fixer une date ?',
  recipients: [
    {
      type: 1,
      displayName: 'Julie Agent',
      addressType: 'EX',
      emailAddress:
        '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=julie',
      smtpAddress: 'julie.agent@banque-dev.ca'
    },
    {
      type: 2,
      displayName: 'Bédard, François',
      addressType: 'SMTP',
      emailAddress: 'fbedard@acier-mauricie.ca'
    },
    // an Exchange entry whose SMTP address Outlook did not keep: no usable address
    {
      type: 2,
      displayName: 'Salle Québec',
      addressType: 'EX',
      emailAddress: '/o=ExchangeLabs/cn=salle-quebec'
    },
    { type: 3, displayName: 'Archives', addressType: 'SMTP', emailAddress: 'archives@banque-dev.ca' }
  ],
  attachments: [
    { longFileName: 'Plan d’affaires révisé.pdf', data: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    { longFileName: 'image001.png', data: new Uint8Array([0x89, 0x50]), hidden: true }
  ]
}

describe('Outlook .msg files', () => {
  it('reads an Exchange message field by field, with SMTP addresses rather than X500 ones', async () => {
    const email = await parseMessageFile(buildMsg(exchangeReply))
    expect(email.messageId).toBe('YT3PR01MB6123F00D@YT3PR01MB6123.CANPRD01.PROD.OUTLOOK.COM')
    expect(email.subject).toBe('RE\u00a0: Visite de l’usine à Bécancour – « Nordik »')
    expect(email.sentAt).toBe('2026-03-04T14:30:41.000Z')
    expect(email.from).toEqual({ email: 'eloise.tremblay@nordik-tech.ca', name: 'Éloïse Tremblay' })
    expect(email.to).toEqual([{ email: 'julie.agent@banque-dev.ca', name: 'Julie Agent' }])
    expect(email.cc).toEqual([{ email: 'fbedard@acier-mauricie.ca', name: 'Bédard, François' }])
    // Outlook's « De : … Envoyé : » block and what it quotes are cut
    expect(email.body).toBe(
      'Bonjour Julie,\n\nLa visite est confirmée jeudi à 10 h ; François sera présent.\n\nÉloïse'
    )
    expect(email.truncated).toBe(false)
    expect(email.attachmentNames).toEqual(['Plan d’affaires révisé.pdf'])
  })

  it('dates a message by its delivery time when it has no submit time, and may have no Message-ID', async () => {
    const email = await parseMessageFile(
      buildMsg({
        subject: 'Suivi',
        deliveryTime: '2026-11-02T13:05:00Z',
        senderName: 'Marc Lévesque',
        senderAddressType: 'SMTP',
        senderEmail: 'marc@nordik-tech.ca',
        body: 'Merci !'
      })
    )
    expect(email.sentAt).toBe('2026-11-02T13:05:00.000Z')
    expect(email.messageId).toBeNull()
    expect(email.from).toEqual({ email: 'marc@nordik-tech.ca', name: 'Marc Lévesque' })
    expect(email.to).toEqual([])
    expect(email.body).toBe('Merci !')
  })

  it('reads a non-Unicode .msg in the Windows code page', async () => {
    const email = await parseMessageFile(
      buildMsg({
        ansi: true,
        subject: 'Plan d’affaires – révisé',
        submitTime: '2026-10-30T13:00:00Z',
        senderName: 'François Bédard',
        senderAddressType: 'SMTP',
        senderEmail: 'fbedard@acier-mauricie.ca',
        body: 'Voici la version « finale » du cœur du plan.',
        attachments: [{ longFileName: 'Prévisions 2027.xlsx', data: new Uint8Array([0x50, 0x4b]) }]
      })
    )
    expect(email.subject).toBe('Plan d’affaires – révisé')
    expect(email.from).toEqual({ email: 'fbedard@acier-mauricie.ca', name: 'François Bédard' })
    expect(email.body).toBe('Voici la version « finale » du cœur du plan.')
    expect(email.attachmentNames).toEqual(['Prévisions 2027.xlsx'])
  })

  it("reads a body stored in the compound file's big sectors (over 4 kB)", async () => {
    const body = 'Éloïse a présenté le plan. '.repeat(240).trim() // 6,479 characters, 12,960 bytes in UTF-16
    const email = await parseMessageFile(
      buildMsg({ subject: 'Compte rendu', senderAddressType: 'SMTP', senderEmail: 'e@nordik-tech.ca', body })
    )
    expect(email.body).toHaveLength(6479)
    expect(email.body.endsWith('présenté le plan.')).toBe(true)
  })

  it('turns an HTML-only message into text', async () => {
    const email = await parseMessageFile(
      buildMsg({
        subject: 'Salon',
        senderAddressType: 'SMTP',
        senderEmail: 'info@salon.ca',
        html: '<html><head><style>p{color:red}</style></head><body><p>Merci de votre visite au Salon.</p></body></html>'
      })
    )
    expect(email.body).toBe('Merci de votre visite au Salon.')
  })

  it('still reads .eml files', async () => {
    const eml = readFileSync(resolve(__dirname, '../../../fixtures/capture/gmail-utf8-reply.eml'))
    expect((await parseMessageFile(new Uint8Array(eml))).messageId).toBe('CAF3kq8Zx1Y2@mail.gmail.com')
  })

  it.each([
    [
      'a binary file renamed .msg',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    ],
    ['an empty file', new Uint8Array(0)],
    ['a cut .msg', buildMsg(exchangeReply).slice(0, 1024)],
    ['an Outlook contact saved as .msg', buildMsg({ ...exchangeReply, messageClass: 'IPM.Contact' })],
    [
      'another compound file (a Word 97 document)',
      burn([
        { name: 'Root Entry', type: 5, length: 0, children: [1] },
        {
          name: 'WordDocument',
          type: 2,
          length: 4,
          binaryProvider: () => new Uint8Array([0xec, 0xa5, 0xc1, 0])
        }
      ])
    ]
  ])('refuses %s', async (_, bytes) => {
    await expect(parseMessageFile(bytes)).rejects.toMatchObject({ key: 'capture.errors.notEmail' })
  })

  it('refuses a 50 MB file before reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024)
    big.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await expect(parseMessageFile(big)).rejects.toMatchObject({ key: 'capture.errors.tooLarge' })
  })
})
