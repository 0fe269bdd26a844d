// The quick log as the app mounts it (its host, opened as Ctrl+L does), with its open/closed state
// shown in the page so a test can read it like the rest of the screen.
import { act, screen } from '@testing-library/react'
import { QuickLogHost } from '@renderer/features/interactions'
import { quickLog, useQuickLogState } from '@renderer/features/interactions/quickLogStore'
import { PartyPickerDriver } from './PartyPickerDriver'
import { renderApp } from './renderApp'

function OpenState() {
  return <output aria-label="quick log state">{useQuickLogState().opened ? 'open' : 'closed'}</output>
}

/** « open » or « closed ». */
export const quickLogState = () =>
  screen.getByRole('status', { name: 'quick log state', hidden: true }).textContent

/** Renders the quick log's host, opens it and returns its « Entreprise ou contact » picker. */
export function openQuickLog(): PartyPickerDriver {
  renderApp(
    <>
      <QuickLogHost />
      <OpenState />
    </>
  )
  act(() => quickLog.open())
  return new PartyPickerDriver(/Entreprise ou contact/)
}
