import { Button, Group, Loader, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy, IconPlus } from '@tabler/icons-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getHotkeyHandler } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { BackLink } from '@renderer/components/BackLink'
import { ErrorState } from '@renderer/components/ErrorState'
import { LoadingState } from '@renderer/components/LoadingState'
import { NotFoundScreen } from '@renderer/components/NotFoundScreen'
import { PageHeader } from '@renderer/components/PageHeader'
import { usePartyDirectory } from '@renderer/features/interactions'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { useUndoable } from '@renderer/hooks/useUndoable'
import { EncounterLineFields } from './EncounterLineFields'
import classes from './EventModeScreen.module.css'
import { firstBlankLine, isBlank, newLine, type EncounterLine } from './encounterLines'
import { useEncounterDraft } from './useEncounterDraft'
import { useEvent } from './useEvents'
import { useSaveEncounters } from './useSaveEncounters'

/** Event mode: the people met at an evening, one line each, typed as fast as names come. */
export function EventModeScreen() {
  const { id = '' } = useParams()
  const { t } = useTranslation()
  const format = useFormatters()
  const navigate = useNavigate()
  const undoable = useUndoable()
  const { data: event, isLoading, error } = useEvent(id)
  const directory = usePartyDirectory(true)
  const draft = useEncounterDraft(id)
  // The lines saved stay shown (Save still busy) until the event's page replaces the screen:
  // emptying them first would render twenty lines away for nothing
  const { save, saving, errors } = useSaveEncounters(event, async () => {
    await draft.clear({ leaving: true })
    navigate(`/events/${id}`)
  })
  const list = useRef<HTMLDivElement>(null)
  // On arrival (and a draft reopened), the first line still empty takes the focus
  const shown = event !== undefined && draft.state !== 'loading'
  const [focusLine, setFocusLine] = useState<number | 'first-blank' | null>('first-blank')

  useEffect(() => {
    if (focusLine === null || !list.current) return
    const number = focusLine === 'first-blank' ? firstBlankLine(draft.lines) : focusLine
    list.current.querySelector<HTMLInputElement>(`[data-line="${number}"] input`)?.focus()
    setFocusLine(null)
    // shown: the list appears once both the event and the draft are read, in either order
  }, [focusLine, draft.lines, shown])

  // Callbacks keyed by line and the same on every render: a click on Save (its loader) or a key
  // typed in one line renders that line alone, not all twenty
  const { change, read } = draft
  const changeLine = useCallback(
    (changed: EncounterLine) => change(read().map((l) => (l.key === changed.key ? changed : l))),
    [change, read]
  )
  const removeLine = useCallback(
    (key: string) => {
      const lines = read()
      change(lines.length > 1 ? lines.filter((l) => l.key !== key) : [newLine()])
    },
    [change, read]
  )
  const nextLine = useCallback(
    (key: string) => {
      const lines = read()
      const index = lines.findIndex((l) => l.key === key)
      if (index === lines.length - 1) change([...lines, newLine()])
      setFocusLine(index + 2)
    },
    [change, read]
  )
  const draftOrganizations = useSameList(
    draft.lines.flatMap((l) => l.parties.flatMap((p) => (p.type === 'new-organization' ? [p.name] : [])))
  )

  if (error) return <ErrorState error={error} />
  if (isLoading || draft.state === 'loading') return <LoadingState />
  if (!event) return <NotFoundScreen messageKey="events.notFound" />

  const { lines } = draft
  const filled = lines.filter((l) => !isBlank(l)).length
  const discard = () =>
    undoable({
      run: async () => {
        await draft.clear()
        return async () => change(lines)
      },
      done: t('events.capture.discarded'),
      undone: t('events.capture.draftBack')
    })
  const saveAll = () => {
    if (filled > 0 && !saving) void save(lines)
  }

  return (
    <>
      <PageHeader
        above={<BackLink to={`/events/${id}`} label={event.name} />}
        title={`${t('events.capture.title')} · ${event.name}`}
        subtitle={[format.timestamp(event.startsAt), event.venue, event.city].filter(Boolean).join(' · ')}
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('events.capture.hint')}
      </Text>
      <Stack gap="sm" ref={list} onKeyDown={getHotkeyHandler([['mod+Enter', saveAll]])}>
        {lines.map((line, index) => (
          <EncounterLineFields
            key={line.key}
            line={line}
            number={index + 1}
            directory={directory}
            draftOrganizations={draftOrganizations}
            error={errors.get(index + 1)}
            onChange={changeLine}
            onRemove={removeLine}
            onNext={nextLine}
          />
        ))}
      </Stack>
      <Group justify="space-between" wrap="wrap" className={classes.saveBar}>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => nextLine(lines[lines.length - 1]?.key ?? '')}
        >
          {t('events.capture.add')}
        </Button>
        <Group gap="sm">
          <Text size="xs" c="dimmed" role="status">
            {draft.state === 'saving' ? <Loader size={10} mr={6} /> : null}
            {draft.state === 'saving'
              ? t('events.capture.draftSaving')
              : draft.state === 'saved'
                ? t('events.capture.draftSaved')
                : ''}
          </Text>
          <Button variant="subtle" color="gray" onClick={() => void discard()} disabled={filled === 0}>
            {t('events.capture.discard')}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={saving}
            disabled={filled === 0}
            onClick={saveAll}
          >
            {t('events.capture.save', { count: filled })}
          </Button>
        </Group>
      </Group>
    </>
  )
}

/** The same array as long as its items are the same, so memoised lines see an unchanged prop. */
function useSameList(items: string[]): readonly string[] {
  const json = JSON.stringify(items)
  return useMemo(() => JSON.parse(json) as string[], [json])
}
