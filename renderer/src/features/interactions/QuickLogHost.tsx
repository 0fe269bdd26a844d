import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMatch } from 'react-router'
import { FormModal } from '@renderer/components/FormModal'
import { useCommand } from '@renderer/app/commands'
import { IntroductionFormModal } from '@renderer/features/introductions'
import type { LogIntroduction } from './logIntroduction'
import { usePartyDirectory } from './partyDirectory'
import { QuickLogForm } from './QuickLogForm'
import { initialValues, interactionToValues } from './quickLogForm'
import { quickLog, useQuickLogState } from './quickLogStore'

/** The one quick-log dialog, opened by Ctrl/Cmd+L (command 'log-meeting'), the header button or useQuickLog(). */
export function QuickLogHost() {
  const { t } = useTranslation()
  const state = useQuickLogState()
  const directory = usePartyDirectory(state.opened)
  const [introducing, setIntroducing] = useState<LogIntroduction | null>(null)
  const onCompany = useMatch('/companies/:id')?.params.id
  const onContact = useMatch('/contacts/:id')?.params.id
  // On a company's or a contact's page, the log is about them unless changed
  useCommand('log-meeting', () =>
    quickLog.open({
      organizationIds: onCompany ? [onCompany] : [],
      contactIds: onContact ? [onContact] : []
    })
  )

  const initial = useMemo(
    () =>
      state.opened
        ? state.editing
          ? interactionToValues(state.editing)
          : (state.draft ?? initialValues(state.preset))
        : null,
    [state]
  )

  return (
    <>
      <FormModal
        opened={state.opened}
        onClose={quickLog.close}
        // Escape closes the introduction on top, not the log under it
        escapeHandledAbove={introducing !== null}
        size="lg"
        instant
        title={t(
          state.opened && state.editing ? 'interactions.quickLog.editTitle' : 'interactions.quickLog.title'
        )}
        discardQuestion={t('forms.discard.meeting')}
      >
        {state.opened && initial && (
          <QuickLogForm
            key={state.session}
            initial={initial}
            editing={state.editing}
            directory={directory}
            onClose={quickLog.close}
            onIntroduce={setIntroducing}
          />
        )}
      </FormModal>
      <IntroductionFormModal
        opened={introducing !== null}
        preset={introducing?.preset}
        onClose={() => setIntroducing(null)}
        onSaved={() => {
          if (introducing?.logIsEmpty) quickLog.close()
        }}
      />
    </>
  )
}
