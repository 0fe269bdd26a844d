import { Link } from 'react-router'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Contact, Organization } from '@shared/schemas'
import classes from './timeline.module.css'

interface EntryPartiesProps {
  organizations: (Organization | undefined)[]
  contacts: (Contact | undefined)[]
}

/** "Logiciels Fjordtech inc. · Éloïse Tremblay", each a link to its page (LinkedParties, lighter). */
export function EntryParties({ organizations, contacts }: EntryPartiesProps) {
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
          <Link to={link.to} className={classes.link}>
            {link.label}
          </Link>
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
