// Where a file's header is: LinkedIn's Connections.csv and spreadsheets with a title row put lines
// above it. The header is the first row that names several known columns.
import { guessMapping } from './fields'

const SEARCHED_ROWS = 30
const MIN_KNOWN_COLUMNS = 2

/** The header's index (0 = first row); the first row when none names two known columns. */
export function detectHeaderRow(cells: string[][]): number {
  const limit = Math.min(cells.length, SEARCHED_ROWS)
  for (let i = 0; i < limit; i++) {
    const known = guessMapping(cells[i]).filter(Boolean).length
    if (known >= MIN_KNOWN_COLUMNS) return i
  }
  return 0
}
