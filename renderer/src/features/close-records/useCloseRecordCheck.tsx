// Before creating a person or a company: look for a stored twin and, if there is one, ask whether to
// use it (offered first) or create anyway. `question` is rendered by the form where it asks.
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchIndex } from '@renderer/features/search'
import { contactDisplayName } from '@shared/domain/list-filters'
import { closeOrganization, closePerson } from '@shared/domain/close-records'
import type { OrganizationFields, PersonFields } from '@shared/domain/close-records'
import type { Contact, Organization } from '@shared/schemas'
import { CloseRecordQuestion, type CloseAnswer } from './CloseRecordQuestion'
import { findCloseContact, findCloseOrganization } from './findCloseRecords'

/** What to do: create the new record, use the stored one, or go back to the form. */
export type CloseDecision<T> = { action: 'create' } | { action: 'use'; record: T } | { action: 'cancel' }

interface Asked {
  question: string
  reason: string
  resolve: (answer: CloseAnswer) => void
}

export function useCloseRecordCheck() {
  const { t } = useTranslation()
  const { client, ready } = useSearchIndex()
  const [asked, setAsked] = useState<Asked | null>(null)

  const ask = useCallback(
    <T,>(record: T, question: string, reason: string) =>
      new Promise<CloseDecision<T>>((resolve) =>
        setAsked({
          question,
          reason,
          resolve: (answer) => resolve(answer === 'use' ? { action: 'use', record } : { action: answer })
        })
      ),
    []
  )

  const checkContact = useCallback(
    async (person: PersonFields): Promise<CloseDecision<Contact>> => {
      const close = await findCloseContact({ client, ready }, person)
      if (!close) return { action: 'create' }
      const name = contactDisplayName(close.record)
      const question = close.organizationName
        ? t('forms.close.contactAt', { name, organization: close.organizationName })
        : t('forms.close.record', { name })
      return ask(close.record, question, t(`forms.close.reason.${closePerson(person, close.record)}`))
    },
    [client, ready, ask, t]
  )

  const checkOrganization = useCallback(
    async (organization: OrganizationFields): Promise<CloseDecision<Organization>> => {
      const close = await findCloseOrganization({ client, ready }, organization)
      if (!close) return { action: 'create' }
      const question = t('forms.close.record', { name: close.name })
      return ask(close, question, t(`forms.close.reason.${closeOrganization(organization, close)}`))
    },
    [client, ready, ask, t]
  )

  const question: ReactNode = asked && (
    <CloseRecordQuestion
      question={asked.question}
      reason={asked.reason}
      onAnswer={(answer) => {
        setAsked(null)
        asked.resolve(answer)
      }}
    />
  )
  return { checkContact, checkOrganization, question, asking: asked !== null }
}
