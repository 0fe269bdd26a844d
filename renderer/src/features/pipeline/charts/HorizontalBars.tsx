import { BarChart } from '@mantine/charts'

interface HorizontalBarsProps<Row extends Record<string, string | number>> {
  data: Row[]
  /** The key of the label of each bar, drawn on the left. */
  labelKey: keyof Row & string
  /** The key of the value drawn as a bar and written at its end. */
  valueKey: keyof Row & string
  seriesLabel: string
  color: string
  format: (value: number) => string
  labelWidth: number
  domain?: [number, number]
}

/** One bar per row, labelled on the left and with its value written at its end. */
export function HorizontalBars<Row extends Record<string, string | number>>(props: HorizontalBarsProps<Row>) {
  return (
    <BarChart
      h={Math.max(160, props.data.length * 36)}
      data={props.data}
      dataKey={props.labelKey}
      orientation="vertical"
      withBarValueLabel
      // room at the right for the longest bar's value
      barChartProps={{ margin: { right: 56 } }}
      series={[{ name: props.valueKey, label: props.seriesLabel, color: props.color }]}
      valueFormatter={props.format}
      xAxisProps={props.domain ? { domain: props.domain } : undefined}
      yAxisProps={{ width: props.labelWidth }}
    />
  )
}
