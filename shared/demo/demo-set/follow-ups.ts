// The demo's 40 follow-ups, spread so every list has something in it: overdue, due today, this
// week, later, done and cancelled, relative to `now`. Most come out of a logged interaction.
import type { Contact, FollowUp, FollowUpStatus, Interaction, Opportunity, Priority } from '../../schemas'
import type { Clock } from '../clock'
import { FOLLOW_UP_TITLES } from '../data/phrases'
import type { Rng } from '../rng'
import type { DemoDirectory } from './directory'
import type { CheckIn } from './introductions'

const DAY_MS = 86_400_000

interface Plan {
  dueIn: number
  status: FollowUpStatus
  orgKey: string
  contact: Contact | null
  title?: string
  priority?: Priority
  introductionId?: string
}

const slots = (status: FollowUpStatus, dueIns: number[]) => dueIns.map((dueIn) => ({ dueIn, status }))

/** 37 planned here, plus the stale account's reminder and two introduction check-ins. */
const SLOTS = [
  ...slots('open', [-1, -2, -4, -6, -9, -15]),
  ...slots('open', [0, 0, 0]),
  ...slots('open', [1, 2, 3, 4, 5, 6]),
  ...slots('open', [8, 10, 14, 18, 21, 30, 45, 75]),
  ...slots('done', [-3, -5, -8, -12, -16, -20, -25, -32, -40, -47, -55, -62]),
  ...slots('cancelled', [-10, -35])
]

const PRIORITIES: readonly (readonly [Priority, number])[] = [
  ['normal', 6],
  ['high', 2],
  ['low', 2]
]

interface Sources {
  directory: DemoDirectory
  interactions: Interaction[]
  opportunities: Opportunity[]
}

function followUpOf(rng: Rng, clock: Clock, plan: Plan, sources: Sources): FollowUp {
  const org = sources.directory.orgByKey.get(plan.orgKey)
  const dueMs = clock.futureMs(plan.dueIn, 17 * 60)
  const latest = Math.min(dueMs, clock.nowMs) - 3_600_000
  const source = sources.interactions
    .filter((i) => org && i.organizationIds.includes(org.id) && Date.parse(i.createdAt) <= latest)
    .reduce<Interaction | undefined>(
      (best, i) => (!best || i.occurredAt > best.occurredAt ? i : best),
      undefined
    )
  const createdMs = source ? Date.parse(source.createdAt) : latest - rng.int(2, 30) * DAY_MS
  const doneMs = plan.status === 'done' ? clock.between(rng.next(), createdMs, latest) : null
  const updatedMs =
    plan.status === 'cancelled' ? clock.after(createdMs, rng.int(1, 5) * 24 * 60) : (doneMs ?? createdMs)
  const file = sources.opportunities.find((o) => o.organizationId === org?.id && o.closedAt === null)
  const language = plan.contact?.language ?? 'fr'
  const who = plan.contact ? `${plan.contact.firstName} ${plan.contact.lastName}` : (org?.name ?? '')
  const overdue = plan.status === 'open' && plan.dueIn < 0
  return {
    id: rng.uuid(),
    title: plan.title ?? rng.pick(FOLLOW_UP_TITLES[language])(who),
    dueDate: clock.date(plan.dueIn),
    status: plan.status,
    priority: plan.priority ?? (overdue && rng.chance(0.5) ? 'high' : rng.weighted(PRIORITIES)),
    notes: '',
    organizationId: org?.id ?? null,
    contactId: plan.contact?.id ?? null,
    opportunityId: file && rng.chance(0.5) ? file.id : null,
    interactionId: source?.id ?? null,
    eventId: source?.eventId ?? null,
    introductionId: plan.introductionId ?? null,
    createdAt: clock.iso(createdMs),
    updatedAt: clock.iso(updatedMs),
    deletedAt: null,
    doneAt: doneMs === null ? null : clock.iso(doneMs)
  }
}

function plans(rng: Rng, directory: DemoDirectory, checkIns: CheckIn[]): Plan[] {
  const pool = [...directory.specByKey.values()].filter(
    (s) => s.quietDays === undefined && s.stage !== 'idea'
  )
  const weighted = pool.map(
    (s) => [s.key, s.tier === 'key-account' ? 3 : s.kind === 'company' ? 2 : 1] as const
  )
  const planned: Plan[] = SLOTS.map((slot) => {
    const orgKey = rng.weighted(weighted)
    const people = directory.contactsByOrg.get(orgKey) ?? []
    return { ...slot, orgKey, contact: people.length > 0 && rng.chance(0.85) ? rng.pick(people) : null }
  })
  const president = directory.contactsByOrg.get('electronord')?.[0] ?? null
  planned.push({
    dueIn: -28,
    status: 'open',
    orgKey: 'electronord',
    contact: president,
    title:
      `Relancer ${president?.firstName ?? ''} ${president?.lastName ?? ''} — renouvellement de la marge de crédit`.trim(),
    priority: 'high'
  })
  for (const checkIn of checkIns) {
    const orgKey = directory.orgKeyOfContact.get(checkIn.person.id) ?? ''
    const english = checkIn.person.language === 'en'
    const title = english ? 'Check in on the introduction' : 'Faire le suivi de la mise en relation'
    planned.push({
      dueIn: checkIn.dueIn,
      status: 'open',
      orgKey,
      contact: checkIn.person,
      title,
      introductionId: checkIn.introduction.id
    })
  }
  return planned
}

export function buildFollowUps(rng: Rng, clock: Clock, sources: Sources, checkIns: CheckIn[]): FollowUp[] {
  return plans(rng, sources.directory, checkIns).map((plan) => followUpOf(rng, clock, plan, sources))
}
