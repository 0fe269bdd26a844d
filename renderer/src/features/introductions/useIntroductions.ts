import {
  introductionsViewOf,
  listContactChoices,
  listIntroductionsView,
  type IntroductionScope
} from '@renderer/db/repositories/introductionViews'
import { useDbQuery } from '@renderer/db/useDbQuery'

export const useIntroductionsView = () => useDbQuery(listIntroductionsView, [])
export const useContactChoices = () => useDbQuery(listContactChoices, [])

export function useIntroductionsOf(scope: IntroductionScope) {
  const key = JSON.stringify(scope)
  return useDbQuery(() => introductionsViewOf(scope), [key])
}
