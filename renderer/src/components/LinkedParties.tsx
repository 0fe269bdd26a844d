import { Link } from 'react-router'
import type { Contact, Organization } from '@shared/schemas'
import { partyLinks } from './partyLinks'
import classes from './LinkedParties.module.css'

interface LinkedPartiesProps {
  organizations: (Organization | undefined)[]
  contacts: (Contact | undefined)[]
}

/**
 * "Logiciels Fjordtech inc. · Éloïse Tremblay", each a link to its page. Plain elements: Today's
 * rows and the timeline's entries show dozens of these at once.
 */
export function LinkedParties({ organizations, contacts }: LinkedPartiesProps) {
  const links = partyLinks(organizations, contacts)
  if (links.length === 0) return null
  return (
    <div className={classes.parties}>
      {links.map((link, index) => (
        // The separator ends the line it follows, so a wrapped name never starts with « · »
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
