import { useCallback, useMemo, useState } from 'react'
import { findDuplicates, type ExistingIndex } from '@shared/import/duplicates'
import type { TextEncodingName } from '@shared/import/decode'
import { mapHeaders, sourceLanguage, type ImportField, type SourceTool } from '@shared/import/fields'
import { planImport, type DuplicateChoice } from '@shared/import/plan'
import { missingColumns, readRows } from '@shared/import/rows'
import {
  applyImportPlan,
  loadImportIndex,
  type ImportOutcome,
  type ImportProgress
} from '@renderer/db/repositories/importRecords'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { getPlatform, type PickedFile } from '@renderer/platform'
import { AppError, isAppError } from '@shared/errors'
import { IMPORT_EXTENSIONS, IMPORT_MAX_BYTES, readCsv, readImportFile, type ImportSource } from './importFile'

export type ImportStep = 'pick' | 'map' | 'review'

/** The import's steps: pick a file, map its columns, review errors and duplicates, write. */
export function useImportWizard(filterName: string) {
  const { language } = useFormatters()
  const [step, setStep] = useState<ImportStep>('pick')
  const [source, setSource] = useState<ImportSource | null>(null)
  const [mapping, setMapping] = useState<(ImportField | null)[]>([])
  const [tool, setTool] = useState<SourceTool | null>(null)
  const [existing, setExisting] = useState<ExistingIndex | null>(null)
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map())
  const [defaultChoice, setDefaultChoice] = useState<DuplicateChoice>('skip')

  const read = useMemo(
    () =>
      source && step === 'review'
        ? readRows(source.cells, mapping, source.headerRow, sourceLanguage(tool, language))
        : null,
    [source, mapping, step, tool, language]
  )
  const duplicates = useMemo(
    () => (read && existing ? findDuplicates(read.rows, existing) : []),
    [read, existing]
  )
  const plan = useMemo(
    () => (read && existing ? planImport(read.rows, existing, choices, defaultChoice) : null),
    [read, existing, choices, defaultChoice]
  )

  const show = useCallback((next: ImportSource) => {
    const mapped = mapHeaders(next.cells[next.headerRow] ?? [])
    setSource(next)
    setMapping(mapped.mapping)
    setTool(mapped.source)
  }, [])

  const pick = useCallback(async () => {
    const file = await getPlatform()
      .openFile({ filterName, extensions: IMPORT_EXTENSIONS, maxBytes: IMPORT_MAX_BYTES })
      .catch((error: unknown) => {
        // Say the import's own limit, in megabytes
        if (isAppError(error) && error.key === 'errors.file.tooLarge')
          throw new AppError('import.errors.tooLarge', {
            ...error.params,
            limit: IMPORT_MAX_BYTES / 1024 / 1024
          })
        throw error
      })
    if (!file) return
    show(await readImportFile(file))
    setStep('map')
  }, [filterName, show])

  /** A file already in hand: dropped on the window or chosen from the File menu. */
  const load = useCallback(
    async (file: PickedFile) => {
      show(await readImportFile(file))
      setStep('map')
    },
    [show]
  )

  /** Read the CSV again in the encoding the person chose. */
  const setEncoding = useCallback(
    (encoding: TextEncodingName) => {
      if (source?.kind === 'csv') show({ ...readCsv(source.name, source.bytes, encoding) })
    },
    [source, show]
  )

  /** Another row is the header: the mapping is guessed again from it. */
  const setHeaderRow = useCallback(
    (headerRow: number) => {
      if (source) show({ ...source, headerRow })
    },
    [source, show]
  )

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
    tool,
    missing: missingColumns(mapping),
    read,
    duplicates,
    plan,
    choices,
    defaultChoice,
    pick,
    load,
    setEncoding,
    setHeaderRow,
    setField,
    review,
    back: () => setStep(step === 'review' ? 'map' : 'pick'),
    setChoice,
    setAll,
    write
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
