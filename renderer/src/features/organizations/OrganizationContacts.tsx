import { useDisclosure } from '@mantine/hooks'
import { IconMail, IconPhone, IconUserPlus } from '@tabler/icons-react'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SectionButton } from '@renderer/components/SectionButton'
import { SectionCard } from '@renderer/components/SectionCard'
import { ContactFormModal } from '@renderer/features/contacts'
import { compareText } from '@shared/domain/text'
import { contactDisplayName } from '@shared/domain/list-filters'
import classes from './organizationPage.module.css'
import { useOrganizationContacts } from './useOrganizations'

/** The company's people, by name, each a link to their page; « Nouveau contact » adds one here. */
export const OrganizationContacts = memo(function OrganizationContacts({
  organizationId
}: {
  organizationId: string
}) {
  const { t } = useTranslation()
  const [adding, add] = useDisclosure()
  const { data } = useOrganizationContacts(organizationId)
  const contacts = useMemo(
    () => [...(data ?? [])].sort((a, b) => compareText(contactDisplayName(a), contactDisplayName(b))),
    [data]
  )
  return (
    <SectionCard
      title={t('organizations.contacts.title', { count: contacts.length })}
      actions={
        <SectionButton icon={IconUserPlus} onClick={add.open}>
          {t('contacts.new')}
        </SectionButton>
      }
    >
      {contacts.length === 0 ? (
        <p className={classes.empty}>{t('organizations.contacts.empty')}</p>
      ) : (
        <ul className={classes.list}>
          {contacts.map((c) => (
            <li key={c.id} className={classes.row}>
              <div className={classes.who}>
                <Link to={`/contacts/${c.id}`} className={classes.name}>
                  {contactDisplayName(c)}
                </Link>
                <span className={classes.role}>{c.role}</span>
              </div>
              <div className={classes.reach}>
                {c.email && (
                  <span className={classes.channel}>
                    <IconMail size={14} aria-hidden />
                    {c.email}
                  </span>
                )}
                {c.phone && (
                  <span className={classes.channel}>
                    <IconPhone size={14} aria-hidden />
                    {c.phone}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ContactFormModal opened={adding} onClose={add.close} defaultOrganizationId={organizationId} />
    </SectionCard>
  )
})
