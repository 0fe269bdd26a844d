// A chart in a titled card, with its figures as a hidden table: to a screen reader a chart is a picture.
import { Text, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { SectionCard } from '@renderer/components/SectionCard'

interface ChartCardProps {
  title: string
  description: string
  /** The chart's figures as text, for screen readers (a chart is a picture to them). */
  rows: { label: string; value: string }[]
  empty?: string
  children: ReactNode
}

export function ChartCard({ title, description, rows, empty, children }: ChartCardProps) {
  return (
    <SectionCard title={title}>
      <Text size="sm" c="dimmed" mb="md">
        {description}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed" ta="center" py="xl">
          {empty}
        </Text>
      ) : (
        <>
          {/* inert as well as hidden: the charts' own focusable surfaces must not take keyboard focus */}
          <div aria-hidden inert>
            {children}
          </div>
          <VisuallyHidden>
            <table>
              <caption>{title}</caption>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      )}
    </SectionCard>
  )
}
