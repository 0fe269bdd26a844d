import { useCallback, useMemo, useState } from 'react'
import { findDuplicates, type ExistingIndex } from '@shared/import/duplicates'
import { guessMapping, type ImportField } from '@shared/import/fields'
import { planImport, type DuplicateChoice } from '@shared/import/plan'
import { missingColumns, readRows } from '@shared/import/rows'
import {
  applyImportPlan,
  loadImportIndex,
  type ImportOutcome,
  type ImportProgress
} from '@renderer/db/repositories/importRecords'
import { getPlatform, type PickedFile } from '@renderer/platform'
import { IMPORT_EXTENSIONS, IMPORT_MAX_BYTES, readImportFile, type ImportSource } from './importFile'

export type ImportStep = 'pick' | 'map' | 'review'

/** The import's steps: pick a file, map its columns, review errors and duplicates, write. */
export function useImportWizard(filterName: string) {
  const [step, setStep] = useState<ImportStep>('pick')
  const [source, setSource] = useState<ImportSource | null>(null)
  const [mapping, setMapping] = useState<(ImportField | null)[]>([])
  const [existing, setExisting] = useState<ExistingIndex | null>(null)
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  const [defaultChoice, setDefaultChoice] = useState<DuplicateChoice>('skip')

  const read = useMemo(
    () => (source && step === 'review' ? readRows(source.cells, mapping) : null),
    [source, mapping, step]
  )
  const duplicates = useMemo(
    () => (read && existing ? findDuplicates(read.rows, existing) : []),
    [read, existing]
  )
  const plan = useMemo(
    () => (read && existing ? planImport(read.rows, existing, choices, defaultChoice) : null),
    [read, existing, choices, defaultChoice]
  )

  /** A file already in hand (dropped on the window, or picked below). */
  const load = useCallback(async (file: PickedFile) => {
    const next = await readImportFile(file)
    setSource(next)
    setMapping(guessMapping(next.cells[0] ?? []))
    setStep('map')
  }, [])

  const pick = useCallback(async () => {
    const file = await getPlatform().openFile({
      filterName,
      extensions: IMPORT_EXTENSIONS,
      maxBytes: IMPORT_MAX_BYTES
    })
    if (file) await load(file)
  }, [filterName, load])

  /** One field per column: choosing a field already used elsewhere frees it there. */
  const setField = useCallback((column: number, field: ImportField | null) => {
    setMapping((current) => current.map((f, i) => (i === column ? field : f === field ? null : f)))
  }, [])

  const review = useCallback(async () => {
    setExisting(await loadImportIndex())
    setChoices(new Map())
    setStep('review')
  }, [])

  const setChoice = useCallback((row: number, choice: DuplicateChoice) => {
    setChoices((current) => new Map(current).set(row, choice))
  }, [])

  const setAll = useCallback((choice: DuplicateChoice) => {
    setDefaultChoice(choice)
    setChoices(new Map())
  }, [])

  const write = useCallback(
    async (onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome | null> =>
      plan ? applyImportPlan(plan, onProgress) : null,
    [plan]
  )

  return {
    step,
    source,
    mapping,
    missing: missingColumns(mapping),
    read,
    duplicates,
    plan,
    choices,
    defaultChoice,
    pick,
    load,
    setField,
    review,
    back: () => setStep(step === 'review' ? 'map' : 'pick'),
    setChoice,
    setAll,
    write
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
