// Select/Autocomplete filtering that ignores accents and case ("quebec" finds "Québec") and, like
// the search palette, one typo in a word of five letters or more ("alumitec" finds "Alumitek").
import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core'
import { foldText } from '@shared/domain/text'
import { matchesTyped } from '@shared/search/typedMatch'

function isGroup(item: ComboboxParsedItem): item is ComboboxParsedItemGroup {
  return 'group' in item
}

export const foldedFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldText(search).split(' ').filter(Boolean)
  const matches = (item: ComboboxItem) => {
    const label = foldText(item.label)
    return words.every((w) => label.includes(w)) || matchesTyped(item.label, search)
  }
  const out: ComboboxParsedItem[] = []
  for (const option of options) {
    if (out.length >= limit) break
    if (isGroup(option)) {
      const items = option.items.filter(matches)
      if (items.length) out.push({ group: option.group, items })
    } else if (matches(option)) {
      out.push(option)
    }
  }
  return out
}
