// A CSV file's cells, whatever its delimiter (comma, semicolon, tab or pipe). The delimiter is the
// one that splits the most of the first lines into the same number of fields, the most fields
// winning a tie (Papa Parse's own guess is thrown by commas inside quoted values; the header need
// not be the first line: LinkedIn writes notes above it). Blank lines stay, so row numbers match
// what a spreadsheet shows.
import Papa from 'papaparse'

export interface CellTable {
  rows: string[][]
  /** What the file used, for the preview ("Semicolon-separated"). */
  delimiter: string
}

const CANDIDATES = [';', ',', '\t', '|']
const SAMPLE_LINES = 50

/** How many sampled lines share the most common width (of 2 fields or more), and that width. */
function score(text: string, delimiter: string): [number, number] {
  const rows = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_LINES, skipEmptyLines: true }).data
  const counts = new Map<number, number>()
  for (const row of rows) if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1)
  let best: [number, number] = [0, 0]
  for (const [width, count] of counts)
    if (count > best[0] || (count === best[0] && width > best[1])) best = [count, width]
  return best
}

export function guessDelimiter(text: string): string {
  let best = ','
  let bestScore: [number, number] = [-1, 0]
  for (const delimiter of CANDIDATES) {
    const s = score(text, delimiter)
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1]))
      [best, bestScore] = [delimiter, s]
  }
  return best
}

export function parseCsvCells(text: string): CellTable {
  const body = text.replace(/^\uFEFF/, '')
  const delimiter = guessDelimiter(body)
  const rows = Papa.parse<string[]>(body, { delimiter }).data.map((row) => row.map((cell) => cell.trim()))
  // The line break ending the last line does not start another row
  if (rows.length > 0 && rows[rows.length - 1].join('') === '') rows.pop()
  return { rows, delimiter }
}
