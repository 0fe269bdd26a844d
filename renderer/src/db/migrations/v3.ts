import type { Migration } from './index'

// Version 3 adds the capture memory: each calendar instance or message offered for logging, and
// what became of it, so that importing the same file again offers nothing twice.
export const v3: Migration = {
  version: 3,
  stores: { captures: 'key, status, source, interactionId' }
}
