import { contactDisplayName } from '@shared/domain/list-filters'
import type { Contact, Organization } from '@shared/schemas'
import classes from './LinkedParties.module.css'
import { RecordLink } from './RecordLink'

interface LinkedPartiesProps {
  organizations: (Organization | undefined)[]
  contacts: (Contact | undefined)[]
}

/** "Logiciels Fjordtech inc. · Éloïse Tremblay", each a link to its page (plain elements: a
 * timeline or Today shows dozens). */
export function LinkedParties({ organizations, contacts }: LinkedPartiesProps) {
  const links = [
    ...organizations.flatMap((o) => (o ? [{ key: o.id, to: `/companies/${o.id}`, label: o.name }] : [])),
    ...contacts.flatMap((c) =>
      c ? [{ key: c.id, to: `/contacts/${c.id}`, label: contactDisplayName(c) }] : []
    )
  ]
  if (links.length === 0) return null
  return (
    <div className={classes.parties}>
      {links.map((link, index) => (
        <span key={link.key} className={classes.party}>
          <RecordLink to={link.to} className={classes.link}>
            {link.label}
          </RecordLink>
          {index < links.length - 1 && (
            <span className={classes.separator} aria-hidden>
              ·
            </span>
          )}
        </span>
      ))}
    </div>
  )
}
