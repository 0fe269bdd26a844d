// The demo's events and financing files as stored records.
import type { Opportunity, RelaisEvent, StageChange } from '../../schemas'
import type { Clock } from '../clock'
import { DEMO_EVENTS, DEMO_OPPORTUNITIES, type DemoEventSpec } from '../data/demo-story'
import { buildDemoOpportunity } from '../opportunities'
import type { Rng } from '../rng'
import type { DemoDirectory } from './directory'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

export interface DemoEvent {
  spec: DemoEventSpec
  record: RelaisEvent
  startMs: number
}

function idOf(directory: DemoDirectory, key: string): string {
  const org = directory.orgByKey.get(key)
  if (!org) throw new Error(`Unknown demo organization: ${key}`)
  return org.id
}

export function buildEvents(rng: Rng, clock: Clock, directory: DemoDirectory): DemoEvent[] {
  return DEMO_EVENTS.map((spec) => {
    const startMs =
      spec.daysAgo >= 0
        ? clock.atMs(clock.workday(spec.daysAgo), spec.startMinute)
        : clock.futureMs(-spec.daysAgo, spec.startMinute)
    const createdAt = clock.iso(Math.min(startMs - rng.int(30, 60) * DAY_MS, clock.nowMs - 10 * DAY_MS))
    const record: RelaisEvent = {
      id: rng.uuid(),
      name: spec.name,
      startsAt: clock.iso(startMs),
      endsAt: clock.iso(startMs + spec.minutes * MINUTE_MS),
      venue: spec.venue,
      city: spec.city,
      organizerIds: spec.organizers.map((key) => idOf(directory, key)),
      notes: spec.notes,
      createdAt,
      updatedAt: createdAt,
      deletedAt: null
    }
    return { spec, record, startMs }
  })
}

const cents = (dollars: number | null) => (dollars === null ? null : dollars * 100)

export function buildDemoOpportunities(
  rng: Rng,
  clock: Clock,
  directory: DemoDirectory
): { opportunities: Opportunity[]; stageChanges: StageChange[] } {
  const opportunities: Opportunity[] = []
  const stageChanges: StageChange[] = []
  for (const spec of DEMO_OPPORTUNITIES) {
    const [requested, authorized, disbursed, projectCost] = spec.dollars
    const built = buildDemoOpportunity(rng, clock, {
      id: rng.uuid(),
      organizationId: idOf(directory, spec.org),
      title: spec.title,
      product: spec.product,
      program: spec.program,
      path: spec.path,
      startDaysAgo: spec.startDaysAgo,
      endDaysAgo: spec.endDaysAgo,
      requestedCents: cents(requested),
      authorizedCents: cents(authorized),
      disbursedCents: cents(disbursed),
      projectCostCents: cents(projectCost),
      jobsCreated: spec.jobs[0],
      jobsRetained: spec.jobs[1],
      primaryContactId: directory.contactsByOrg.get(spec.org)?.[0]?.id ?? null,
      funderIds: spec.funders.map((key) => idOf(directory, key)),
      lostReason: spec.lostReason,
      notes: spec.notes
    })
    opportunities.push(built.opportunity)
    stageChanges.push(...built.stageChanges)
  }
  return { opportunities, stageChanges }
}
