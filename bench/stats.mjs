// Median and 95th percentile (nearest rank) of repeated measurements, rounded for the table. The
// runs are kept in the order they were measured, so that a first-visit cost shows as the first run.
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
  const round = (v) => Math.round(v * 10) / 10
  return { median: round(rank(0.5)), p95: round(rank(0.95)), runs: values.map(round) }
}
