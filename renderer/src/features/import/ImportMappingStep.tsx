import { Alert, Select, Table, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TextEncodingName } from '@shared/import/decode'
import { IMPORT_FIELDS, type ImportField, type SourceTool } from '@shared/import/fields'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { ImportFileDetails } from './ImportFileDetails'
import type { ImportSource } from './importFile'

const IGNORE = '-'

interface ImportMappingStepProps {
  source: ImportSource
  tool: SourceTool | null
  mapping: (ImportField | null)[]
  missing: boolean
  onField: (column: number, field: ImportField | null) => void
  onEncoding: (encoding: TextEncodingName) => void
  onHeaderRow: (row: number) => void
}

function isField(value: string | null): value is ImportField {
  return IMPORT_FIELDS.some((f) => f === value)
}

/** Each column of the file, its first values, and the field it goes to. */
export function ImportMappingStep(props: ImportMappingStepProps) {
  const { source, mapping, missing, onField } = props
  const { t } = useTranslation()
  const format = useFormatters()
  const header = source.cells[source.headerRow] ?? []
  const data = source.cells.slice(source.headerRow + 1)
  const rows = data.filter((row) => row.some(Boolean))
  const options = useMemo(
    () => [
      { value: IGNORE, label: t('import.mapping.ignore') },
      ...(['organization', 'contact'] as const).map((group) => ({
        group: t(
          group === 'organization' ? 'import.mapping.groupOrganization' : 'import.mapping.groupContact'
        ),
        items: IMPORT_FIELDS.filter((f) => f.startsWith(group)).map((f) => ({
          value: f,
          label: t(`import.fields.${f}`)
        }))
      }))
    ],
    [t]
  )
  return (
    <>
      <Text size="sm" fw={600}>
        {t('import.file.summary', {
          name: source.name,
          count: rows.length,
          formatted: format.number(rows.length)
        })}
      </Text>
      <ImportFileDetails
        source={source}
        tool={props.tool}
        onEncoding={props.onEncoding}
        onHeaderRow={props.onHeaderRow}
      />
      <Text size="sm" mb="sm">
        {t('import.mapping.help')}
      </Text>
      {missing && (
        <Alert color="red" mb="sm" role="alert">
          {t('import.mapping.missing')}
        </Alert>
      )}
      <Table aria-label={t('import.mapping.title')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.mapping.column')}</Table.Th>
            <Table.Th>{t('import.mapping.field')}</Table.Th>
            <Table.Th>{t('import.mapping.examples')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.map((column, i) => (
            <Table.Tr key={i}>
              <Table.Td fw={500}>{column}</Table.Td>
              <Table.Td miw={220}>
                <Select
                  size="xs"
                  aria-label={t('import.mapping.fieldFor', { column })}
                  allowDeselect={false}
                  value={mapping[i] ?? IGNORE}
                  data={options}
                  onChange={(value) => onField(i, isField(value) ? value : null)}
                />
              </Table.Td>
              <Table.Td c="dimmed" fz="sm" maw={320} style={{ overflowWrap: 'anywhere' }}>
                {rows
                  .slice(0, 3)
                  .map((row) => row[i])
                  .filter(Boolean)
                  .join(' · ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
