// Translated choices for selects, built from the enumerations in shared/.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { TECH_NAICS_CODES } from '@shared/domain/naics'
import { QUEBEC_REGIONS, SAGUENAY_MRCS } from '@shared/domain/regions'
import { COMPANY_STAGES, CONSENT_BASES, ORGANIZATION_KINDS, TIERS } from '@shared/schemas'

export interface Option {
  value: string
  label: string
}

export function useEnumOptions(enumName: string, values: readonly string[]): Option[] {
  const { t } = useTranslation()
  return useMemo(
    () => values.map((value) => ({ value, label: t(`enums.${enumName}.${value}`) })),
    [t, enumName, values]
  )
}

export function useRegionOptions(): Option[] {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  return useMemo(
    () => QUEBEC_REGIONS.map((r) => ({ value: r.code, label: `${r.code} · ${r[language]}` })),
    [language]
  )
}

export function useNaicsOptions(): Option[] {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  return useMemo(
    () => TECH_NAICS_CODES.map((n) => ({ value: n.code, label: `${n.code} · ${n[language]}` })),
    [language]
  )
}

export const MRC_SUGGESTIONS: string[] = [...SAGUENAY_MRCS]

export const useKindOptions = () => useEnumOptions('kind', ORGANIZATION_KINDS)
export const useStageOptions = () => useEnumOptions('companyStage', COMPANY_STAGES)
export const useTierOptions = () => useEnumOptions('tier', TIERS)
export const useConsentOptions = () => useEnumOptions('consent', CONSENT_BASES)
export const useLanguageOptions = () => useEnumOptions('language', ['fr', 'en'])
