import { Group, Select, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TEXT_ENCODINGS, type TextEncodingName } from '@shared/import/decode'
import type { SourceTool } from '@shared/import/fields'
import type { ImportSource } from './importFile'

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }
const HEADER_CHOICES = 30

interface ImportFileDetailsProps {
  source: ImportSource
  tool: SourceTool | null
  onEncoding: (encoding: TextEncodingName) => void
  onHeaderRow: (row: number) => void
}

const isEncoding = (value: string | null): value is TextEncodingName =>
  TEXT_ENCODINGS.some((e) => e === value)

/** How the file was read (encoding, delimiter, sheet, header row, tool), each changeable where it can be. */
export function ImportFileDetails({ source, tool, onEncoding, onHeaderRow }: ImportFileDetailsProps) {
  const { t } = useTranslation()
  const headerOptions = source.cells.slice(0, HEADER_CHOICES).map((row, i) => ({
    value: String(i),
    label: t('import.file.headerOption', { row: i + 1, text: row.filter(Boolean).join(' · ').slice(0, 60) })
  }))
  const details =
    source.kind === 'csv'
      ? t('import.file.csvDetails', {
          encoding: t(`import.file.encodings.${source.encoding}`),
          delimiter: t(`import.file.delimiters.${DELIMITERS[source.delimiter] ?? 'comma'}`)
        })
      : source.kind === 'vcard'
        ? t('import.file.vcardDetails')
        : t('import.file.xlsxDetails', { sheet: source.sheet })
  return (
    <>
      <Text size="sm" c="dimmed">
        {details}
        {tool && ` · ${t(`import.file.tools.${tool}`)}`}
      </Text>
      {source.kind === 'csv' && source.fallbackLines.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('import.file.fallbackLines', {
            count: source.fallbackLines.length,
            lines: source.fallbackLines.slice(0, 5).join(', ')
          })}
        </Text>
      )}
      {source.kind === 'xlsx' && source.skippedSheets.length > 0 && (
        <Text size="sm" c="orange.8">
          {t('import.file.skippedSheets', { sheets: source.skippedSheets.join(', '), sheet: source.sheet })}
        </Text>
      )}
      <Group gap="sm" mt="xs" mb="sm" align="flex-end">
        {source.kind === 'csv' && (
          <Select
            size="xs"
            w={200}
            label={t('import.file.encoding')}
            allowDeselect={false}
            value={source.encoding}
            data={TEXT_ENCODINGS.map((e) => ({ value: e, label: t(`import.file.encodings.${e}`) }))}
            onChange={(value) => isEncoding(value) && onEncoding(value)}
          />
        )}
        <Select
          size="xs"
          w={320}
          label={t('import.file.headerRow')}
          allowDeselect={false}
          value={String(source.headerRow)}
          data={headerOptions}
          onChange={(value) => value !== null && onHeaderRow(Number(value))}
        />
      </Group>
    </>
  )
}
