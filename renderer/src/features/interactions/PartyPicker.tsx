import { Combobox, Group, Pill, PillsInput, Text, useCombobox } from '@mantine/core'
import { IconBuildingSkyscraper, IconPlus, IconUser } from '@tabler/icons-react'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartyDirectory } from '@renderer/db/repositories/parties'
import { useCloseRecordCheck } from '@renderer/features/close-records'
import { partyKey, splitPersonName, type PartyRef } from './parties'
import { useColleagueChoices } from './useColleagueChoices'
import { usePartyChoices, usePartyLabels } from './usePartyChoices'

interface PartyPickerProps {
  value: PartyRef[]
  onChange: (value: PartyRef[]) => void
  directory: PartyDirectory | undefined
  allowCreate: boolean
  error?: string
  /** Defaults to "Company or contact". */
  label?: string
  /** Event mode: a new name is first a person, then their company. */
  personFirst?: boolean
  /** Event mode: companies typed on the draft's other lines, not saved yet. */
  draftOrganizations?: readonly string[]
  /** Focus the field as it appears (before paint), so a key typed right after opening is not lost. */
  focusOnMount?: boolean
}

const isPerson = (p: PartyRef) => p.type === 'contact' || p.type === 'new-contact'

/** Companies and contacts of a log: accent-folding type-ahead, Enter picks, and inline creation. */
export function PartyPicker(props: PartyPickerProps) {
  const { value, onChange, directory, allowCreate, error, label, personFirst, draftOrganizations } = props
  const { t } = useTranslation()
  const field = useRef<HTMLInputElement>(null)
  const focusOnMount = props.focusOnMount
  useLayoutEffect(() => {
    if (focusOnMount) field.current?.focus()
  }, [focusOnMount])
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  const [search, setSearch] = useState('')
  // the company picked last in this session: its people are offered while nothing is typed
  const [peopleOf, setPeopleOf] = useState<string | null>(null)
  const colleagues = useColleagueChoices(peopleOf, value)
  const typed = usePartyChoices(search, value, directory, allowCreate, personFirst, draftOrganizations)
  const pending = typed.pending
  const choices = search.trim() ? typed.choices : colleagues
  const labels = usePartyLabels([...value, ...choices])

  // Enter pressed before the matches of what is typed were known: pick the first as soon as they are
  const [pendingEnter, setPendingEnter] = useState(false)

  const { selectFirstOption, closeDropdown, openDropdown } = combobox
  const add = useCallback(
    (party: PartyRef, typedAtPick: string) => {
      // a company picked: its people are offered next, in the list left open
      const offersPeople = party.type === 'organization' || (party.type === 'contact' && peopleOf !== null)
      if (party.type === 'organization') setPeopleOf(party.id)
      onChange([...value, party])
      // a name typed while a « Create » was being checked is the next one: it stays, list open
      const typedSince = field.current !== null && ![typedAtPick, ''].includes(field.current.value)
      if (typedSince) return
      setSearch('')
      if (offersPeople) openDropdown()
      else closeDropdown()
    },
    [value, onChange, closeDropdown, openDropdown, peopleOf]
  )

  // « Create » a name close to a stored record asks first, offering the stored one
  const { checkContact, checkOrganization, question } = useCloseRecordCheck()
  const choose = useCallback(
    async (party: PartyRef) => {
      const typedAtPick = search
      if ('id' in party) return add(party, typedAtPick)
      // the field is free for the next name while the stored records are looked up
      setSearch('')
      const decision =
        party.type === 'new-contact'
          ? await checkContact({ ...splitPersonName(party.name), email: '' })
          : await checkOrganization({ name: party.name, neq: '' })
      if (decision.action !== 'create') field.current?.focus()
      if (decision.action === 'cancel') return setSearch((now) => now || typedAtPick)
      const type = party.type === 'new-contact' ? 'contact' : 'organization'
      add(decision.action === 'use' ? { type, id: decision.record.id } : party, typedAtPick)
    },
    [add, checkContact, checkOrganization, search]
  )

  useEffect(() => {
    selectFirstOption()
  }, [choices, selectFirstOption])

  useEffect(() => {
    if (!pendingEnter || pending) return
    setPendingEnter(false)
    if (choices[0]) void choose(choices[0])
  }, [pendingEnter, pending, choices, choose])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && search === '' && value.length > 0) onChange(value.slice(0, -1))
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    // Mantine would click its highlighted option too: pick here, from the same list, and only once
    const index = combobox.getSelectedOptionIndex()
    combobox.resetSelectedOption()
    if (event.ctrlKey || event.metaKey) return
    event.preventDefault()
    if (pending) return setPendingEnter(true)
    // with nothing typed, only what the open list shows can be picked
    if (!search.trim() && !combobox.dropdownOpened) return
    const choice = choices[index] ?? choices[0]
    if (choice) void choose(choice)
  }

  const labelOf = (party: PartyRef) => {
    if (!('id' in party)) return party.name
    return labels.get(partyKey(party))?.label ?? '…'
  }

  const describe = (party: PartyRef) => {
    if (party.type === 'new-organization' && party.name !== search.trim())
      return t('forms.party.drafted', { name: party.name })
    if (party.type === 'new-organization')
      return t('interactions.party.createOrganization', { name: party.name })
    if (party.type === 'new-contact') return t('interactions.party.createContact', { name: party.name })
    const detail = labels.get(partyKey(party))?.detail
    return detail ? `${labelOf(party)} · ${detail}` : labelOf(party)
  }

  return (
    <>
      <Combobox
        store={combobox}
        onOptionSubmit={(key) => {
          const choice = choices.find((c) => partyKey(c) === key)
          if (choice) void choose(choice)
        }}
      >
        <Combobox.DropdownTarget>
          <PillsInput
            label={label ?? t('interactions.party.label')}
            required
            error={error}
            onClick={() => combobox.openDropdown()}
          >
            <Pill.Group>
              {value.map((party) => (
                <Pill
                  key={partyKey(party)}
                  withRemoveButton
                  removeButtonProps={{
                    'aria-label': t('interactions.party.remove', { name: labelOf(party) })
                  }}
                  onRemove={() => onChange(value.filter((p) => p !== party))}
                >
                  {isPerson(party) ? (
                    <IconUser size={12} aria-hidden />
                  ) : (
                    <IconBuildingSkyscraper size={12} aria-hidden />
                  )}{' '}
                  {labelOf(party)}
                  {!('id' in party) && ` (${t('interactions.party.new')})`}
                </Pill>
              ))}
              <Combobox.EventsTarget>
                <PillsInput.Field
                  ref={field}
                  data-autofocus
                  value={search}
                  placeholder={value.length === 0 ? t('interactions.party.placeholder') : undefined}
                  onChange={(event) => {
                    setSearch(event.currentTarget.value)
                    combobox.openDropdown()
                  }}
                  onFocus={() => combobox.openDropdown()}
                  onBlur={() => combobox.closeDropdown()}
                  onKeyDown={onKeyDown}
                />
              </Combobox.EventsTarget>
            </Pill.Group>
          </PillsInput>
        </Combobox.DropdownTarget>
        <Combobox.Dropdown hidden={choices.length === 0}>
          <Combobox.Options aria-label={t('interactions.party.suggestions')}>
            {choices.map((party) => (
              <Combobox.Option value={partyKey(party)} key={partyKey(party)}>
                <Group gap="xs" wrap="nowrap">
                  {'id' in party ? (
                    isPerson(party) ? (
                      <IconUser size={14} aria-hidden />
                    ) : (
                      <IconBuildingSkyscraper size={14} aria-hidden />
                    )
                  ) : (
                    <IconPlus size={14} aria-hidden />
                  )}
                  <Text size="sm" truncate>
                    {describe(party)}
                  </Text>
                </Group>
              </Combobox.Option>
            ))}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {question}
    </>
  )
}
