// The board's copy of the files (boardCards), kept by the database itself: every write of a file,
// whichever repository, restore or upgrade makes it, writes the file's card in the same
// transaction. Dexie calls this middleware for each write with the records as they are stored.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie'
import { boardCardOf, type BoardCard, type Opportunity } from '@shared/schemas'

const FILES = 'opportunities'
const CARDS = 'boardCards'

/** The cards the write of files changes: each live file's card, the others' removal. */
async function mirror(cards: DBCoreTable, req: DBCoreMutateRequest, res: DBCoreMutateResponse) {
  const { trans } = req
  // An upgrade to a version before the cards' table: version 6 fills it from the files
  if (!(trans as unknown as IDBTransaction).objectStoreNames.contains(CARDS)) return
  if (req.type === 'delete') await cards.mutate({ trans, type: 'delete', keys: req.keys })
  else if (req.type === 'deleteRange') await cards.mutate({ trans, type: 'deleteRange', range: req.range })
  else {
    const live: BoardCard[] = []
    const gone: string[] = []
    req.values.forEach((value: Opportunity, i) => {
      if (i in res.failures) return
      if (value.deletedAt === null) live.push(boardCardOf(value))
      else gone.push(value.id)
    })
    if (live.length > 0) await cards.mutate({ trans, type: 'put', values: live })
    if (gone.length > 0) await cards.mutate({ trans, type: 'delete', keys: gone })
  }
}

export const boardCardsMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'BoardCardsMirror',
  // Under Dexie's hooks (2): the files as stored, their revision counted. Over its live-query
  // layers (0): the cards' writes reach the board's live query like any other.
  level: 1.5,
  create: (down) => {
    if (!down.schema.tables.some((table) => table.name === CARDS)) return down
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(FILES) && !stores.includes(CARDS)
            ? [...stores, CARDS]
            : stores,
          mode,
          options
        ),
      table: (name) => {
        const table = down.table(name)
        if (name !== FILES) return table
        const cards = down.table(CARDS)
        return {
          ...table,
          mutate: async (req) => {
            const res = await table.mutate(req)
            await mirror(cards, req, res)
            return res
          }
        }
      }
    }
  }
}
