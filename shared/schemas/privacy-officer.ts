// Law 25, s. 3.1: the person in charge of the protection of personal information (by default the
// person with the highest authority in the organization). Their title and contact details must be
// known to whoever asks; Relais shows them in Settings, the register and every access export.
import { z } from 'zod'
import { lazySchema } from './lazy'

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong')

export const privacyOfficerSchema = lazySchema(() =>
  z
    .object({ name: text(120), title: text(120), contact: text(200) })
    .strict()
    .superRefine((officer, ctx) => {
      // All empty means "not named yet"; once named, a name and a way to reach them are needed
      if (!officer.name && !officer.title && !officer.contact) return
      if (!officer.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'validation.required' })
      if (!officer.contact)
        ctx.addIssue({ code: 'custom', path: ['contact'], message: 'validation.required' })
    })
)

export type PrivacyOfficer = z.infer<typeof privacyOfficerSchema>

export const NO_PRIVACY_OFFICER: PrivacyOfficer = { name: '', title: '', contact: '' }

export function isPrivacyOfficerNamed(officer: PrivacyOfficer): boolean {
  return officer.name !== ''
}
