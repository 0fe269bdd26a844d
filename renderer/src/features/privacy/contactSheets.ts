// An access request's answer as spreadsheet sheets: the person's record, then every interaction,
// follow-up and introduction that names them, then who is in charge of personal information
// (Law 25, s. 3.1), in the reader's language.
import type { TFunction } from 'i18next'
import type { AccessAnswer } from '@renderer/db/repositories/privacy'
import { formatCalendarDate, formatTimestamp } from '@shared/domain/dates'
import type { CellValue, ColumnType, Sheet } from '@shared/reports/types'
import type { Language } from '@shared/schemas/common'

const col = (header: string, type: ColumnType, width: number) => ({ header, type, width })

// The person's sheet is a list of field and value: dates are written as the app shows them
function personSheet(file: AccessAnswer, t: TFunction, language: Language): Sheet {
  const c = file.contact
  const rows: [string, CellValue][] = [
    [t('fields.firstName'), c.firstName],
    [t('fields.lastName'), c.lastName],
    [t('fields.email'), c.email],
    [t('fields.phone'), c.phone],
    [t('fields.role'), c.role],
    [t('fields.organization'), file.organization?.name ?? ''],
    [t('fields.language'), t(`enums.language.${c.language}`)],
    [t('fields.consentBasis'), t(`enums.consent.${c.consent.basis}`)],
    [t('fields.consentDate'), formatCalendarDate(c.consent.date, language)],
    [t('fields.consentSource'), c.consent.source],
    [t('fields.tags'), c.tags.join(', ')],
    [t('fields.notes'), c.notes],
    [t('fields.createdAt'), formatTimestamp(c.createdAt, language)]
  ]
  return {
    name: t('privacy.sheets.person'),
    columns: [col(t('privacy.sheets.field'), 'text', 24), col(t('privacy.sheets.value'), 'text', 60)],
    rows
  }
}

function officerSheet(file: AccessAnswer, t: TFunction): Sheet {
  const officer = file.privacyOfficer
  const named = officer.name !== ''
  const rows: [string, CellValue][] = named
    ? [
        [t('privacy.officer.name'), officer.name],
        [t('privacy.officer.role'), officer.title],
        [t('privacy.officer.contact'), officer.contact]
      ]
    : [[t('privacy.officer.title'), t('privacy.officer.notNamed')]]
  return {
    name: t('privacy.officer.sheet'),
    columns: [col(t('privacy.sheets.field'), 'text', 24), col(t('privacy.sheets.value'), 'text', 60)],
    rows
  }
}

export function contactSheets(file: AccessAnswer, t: TFunction, language: Language): Sheet[] {
  const s = (key: string) => t(`privacy.sheets.${key}`)
  return [
    personSheet(file, t, language),
    {
      name: s('interactions'),
      columns: [
        col(s('date'), 'datetime', 18),
        col(s('kind'), 'text', 20),
        col(s('title'), 'text', 40),
        col(s('notes'), 'text', 80)
      ],
      rows: file.interactions.map((i) => [
        i.occurredAt,
        t(`reports.values.interactionKind.${i.kind}`),
        i.title,
        i.notes
      ])
    },
    {
      name: s('followUps'),
      columns: [
        col(s('dueDate'), 'date', 14),
        col(s('title'), 'text', 40),
        col(s('status'), 'text', 14),
        col(s('notes'), 'text', 80)
      ],
      rows: file.followUps.map((f) => [
        f.dueDate,
        f.title,
        t(`reports.values.followUpState.${f.status}`),
        f.notes
      ])
    },
    {
      name: s('introductions'),
      columns: [col(s('date'), 'date', 14), col(s('reason'), 'text', 60), col(s('outcome'), 'text', 40)],
      rows: file.introductions.map((i) => [i.madeAt, i.reason, i.outcomeNote])
    },
    officerSheet(file, t)
  ]
}
