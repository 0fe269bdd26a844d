// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { createFollowUp } from '@renderer/db/repositories/followUps'
import { checkReminder } from '@renderer/features/follow-ups/reminderScheduler'
import { createBrowserPlatform } from '@renderer/platform/browser'
import { setPlatform, type Platform } from '@renderer/platform'
import { freshDatabase } from '../../../fixtures/database'

const text = {
  title: (count: number) => `${count} à faire`,
  body: (shown: string[], more: number) => `${shown.join(', ')} +${more}`
}

function fakePlatform(permission: NotificationPermission) {
  const shown: string[] = []
  const platform: Platform = {
    ...createBrowserPlatform(),
    notificationPermission: () => permission,
    notify: async (title, body) => {
      shown.push(`${title} | ${body}`)
      return true
    }
  }
  setPlatform(platform)
  return shown
}

const morning = new Date(2026, 2, 3, 8, 0)
const nine = new Date(2026, 2, 3, 9, 5)

beforeEach(async () => {
  localStorage.clear()
  await freshDatabase()
  await createFollowUp({ title: 'Relancer Nordik', dueDate: '2026-03-03', priority: 'high' })
  for (const [title, dueDate] of [
    ['Envoyer l’offre', '2026-03-03'],
    ['Appeler Éloïse', '2026-03-03'],
    ['Préparer le comité', '2026-03-03'],
    ['Hier', '2026-03-02'],
    ['Demain', '2026-03-04']
  ])
    await createFollowUp({ title, dueDate })
})

describe('daily reminder scheduler', () => {
  it('names the follow-ups due today (most urgent first) at start-up, then again at the set hour, never twice', async () => {
    const shown = fakePlatform('granted')
    await checkReminder('start', 9, text, morning)
    expect(shown).toEqual(['4 à faire | Relancer Nordik, Appeler Éloïse, Envoyer l’offre +1'])
    await checkReminder('start', 9, text, morning)
    await checkReminder('tick', 9, text, morning)
    expect(shown).toHaveLength(1)
    await checkReminder('tick', 9, text, nine)
    await checkReminder('tick', 9, text, nine)
    expect(shown).toHaveLength(2)
  })

  it('waits, without using up the day’s reminders, until notifications are allowed', async () => {
    const blocked = fakePlatform('default')
    await checkReminder('start', 9, text, morning)
    expect(blocked).toEqual([])
    const allowed = fakePlatform('granted')
    await checkReminder('start', 9, text, morning)
    expect(allowed).toHaveLength(1)
  })
})
