import { contactDisplayName } from '@shared/domain/list-filters'
import type { Contact } from '@shared/schemas'

export type AnyRecord = { id: string } & Record<string, unknown>

/** A company's name or a person's display name, for the merge dialogs. */
export const recordName = (record: AnyRecord) =>
  typeof record.name === 'string' ? record.name : contactDisplayName(record as unknown as Contact)
