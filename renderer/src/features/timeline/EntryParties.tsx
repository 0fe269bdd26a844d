import { Link } from 'react-router'
import type { Contact, Organization } from '@shared/schemas'
import { partyLinks } from '@renderer/components/partyLinks'
import classes from './timeline.module.css'

interface EntryPartiesProps {
  organizations: (Organization | undefined)[]
  contacts: (Contact | undefined)[]
}

/** "Logiciels Fjordtech inc. · Éloïse Tremblay", each a link to its page (LinkedParties, lighter). */
export function EntryParties({ organizations, contacts }: EntryPartiesProps) {
  const links = partyLinks(organizations, contacts)
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
