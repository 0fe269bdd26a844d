// Saving the introduction form: the texts its interaction and check-in carry are written in the
// interface language, with both people's names read at save time.
import { useTranslation } from 'react-i18next'
import { getContactsByIds } from '@renderer/db/repositories/contacts'
import { getEvent } from '@renderer/db/repositories/events'
import { createIntroduction, updateIntroduction } from '@renderer/db/repositories/introductions'
import { contactDisplayName } from '@shared/domain/list-filters'
import type { Introduction } from '@shared/schemas'
import { formToIntroductionInput, introductionTexts, type IntroductionFormValues } from './introductionForm'

export function useSaveIntroduction(introduction: Introduction | undefined) {
  const { t } = useTranslation()
  /** `expectedRevision`: the revision an edit form read (a later one is refused). */
  return async (values: IntroductionFormValues, expectedRevision?: number): Promise<Introduction> => {
    const people = await getContactsByIds([values.personAId ?? '', values.personBId ?? ''])
    const nameOf = (id: string | null) => {
      const person = people.find((p) => p.id === id)
      return person ? contactDisplayName(person) : ''
    }
    const event = values.eventId ? await getEvent(values.eventId) : undefined
    const texts = introductionTexts(
      values,
      { a: nameOf(values.personAId), b: nameOf(values.personBId) },
      (key, names) => t(key, names),
      event?.startsAt ?? null
    )
    const input = formToIntroductionInput(values)
    return introduction
      ? updateIntroduction(introduction.id, input, texts, expectedRevision)
      : createIntroduction(input, texts)
  }
}
