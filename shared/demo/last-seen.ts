// Tracks each organization's and person's latest interaction while interactions are made, so that
// lastInteractionAt is exact without a second pass over 100,000 records.

export class LastSeen {
  private readonly latest = new Map<string, number>()

  note(ids: readonly string[], ms: number): void {
    for (const id of ids) {
      const previous = this.latest.get(id)
      if (previous === undefined || ms > previous) this.latest.set(id, ms)
    }
  }

  iso(id: string): string | null {
    const ms = this.latest.get(id)
    return ms === undefined ? null : new Date(ms).toISOString()
  }
}

/** Sets lastInteractionAt; logging an interaction touches the record, so updatedAt follows. */
export function applyLastSeen(
  records: { id: string; updatedAt: string; lastInteractionAt: string | null }[],
  seen: LastSeen
): void {
  for (const record of records) {
    record.lastInteractionAt = seen.iso(record.id)
    if (record.lastInteractionAt && record.lastInteractionAt > record.updatedAt)
      record.updatedAt = record.lastInteractionAt
  }
}
