// Pipeline report: open files by stage with their amounts and weighted amounts, and the files won
// or lost in the period. The amount arithmetic below is the minimum this report needs; it belongs
// in shared/domain/pipeline.ts once the pipeline feature lands there.
import type { Language } from '../../schemas/common'
import type { Opportunity, PipelineStage } from '../../schemas/opportunity'
import type { Organization } from '../../schemas/organization'
import { byText, column, isLive } from '../columns'
import { instantInPeriod } from '../period'
import type { Period, Report, ReportRow, ReportTable } from '../types'

export interface PipelineInput {
  opportunities: Opportunity[]
  organizations: Organization[]
  stages: PipelineStage[]
}

type Standing = 'open' | 'won' | 'lost'

/** Open, won or lost: the outcome wins over the stage (a withdrawn file counts as lost). */
function standingOf(file: Opportunity, stage: PipelineStage | undefined): Standing {
  if (file.outcome === 'won' || (!file.outcome && stage?.kind === 'won')) return 'won'
  if (file.outcome || stage?.kind === 'lost') return 'lost'
  return 'open'
}

/** The amount of the file's stage: disbursed once won, authorised once approved, else requested. */
export function opportunityAmountCents(file: Opportunity, standing: Standing): number {
  if (standing === 'won') return file.disbursedCents ?? file.authorizedCents ?? file.requestedCents ?? 0
  return file.authorizedCents ?? file.requestedCents ?? 0
}

/** Amount × the file's own probability, in whole cents. */
export function weightedCents(amountCents: number, probability: number): number {
  return Math.round((amountCents * probability) / 100)
}

interface Line {
  file: Opportunity
  stage: PipelineStage | undefined
  standing: Standing
  amount: number
  weighted: number
}

function linesOf(input: PipelineInput, period: Period): Line[] {
  const stages = new Map(input.stages.map((s) => [s.id, s]))
  const closedInPeriod = instantInPeriod(period)
  const lines: Line[] = []
  for (const file of input.opportunities) {
    if (!isLive(file)) continue
    const stage = stages.get(file.stageId)
    const standing = standingOf(file, stage)
    if (standing !== 'open' && !closedInPeriod(file.closedAt ?? file.stageEnteredAt)) continue
    const amount = opportunityAmountCents(file, standing)
    const weighted = standing === 'open' ? weightedCents(amount, file.probability) : 0
    lines.push({ file, stage, standing, amount, weighted })
  }
  return lines
}

function stageName(stage: PipelineStage | undefined, id: string, language: Language): string {
  return stage ? stage[language] : id
}

function filesTable(lines: Line[], organizations: Organization[], language: Language): ReportTable {
  const names = new Map(organizations.map((o) => [o.id, o.name]))
  const rows = lines.map((l): ReportRow => ({
    company: names.get(l.file.organizationId) ?? '',
    title: l.file.title,
    product: l.file.product,
    stage: stageName(l.stage, l.file.stageId, language),
    standing: l.standing,
    requested: l.file.requestedCents,
    authorized: l.file.authorizedCents,
    disbursed: l.file.disbursedCents,
    amount: l.amount,
    probability: l.file.probability / 100,
    weighted: l.standing === 'open' ? l.weighted : null,
    expectedCloseDate: l.file.expectedCloseDate,
    closedAt: l.standing === 'open' ? null : (l.file.closedAt ?? l.file.stageEnteredAt)
  }))
  return {
    id: 'pipeline.files',
    columns: [
      column('company', 'text', 34),
      column('title', 'text', 40),
      column('product', 'text', 20, 'reports.values.product'),
      column('stage', 'text', 22),
      column('standing', 'text', 12, 'reports.values.standing'),
      column('requested', 'money', 16),
      column('authorized', 'money', 16),
      column('disbursed', 'money', 16),
      column('amount', 'money', 16),
      column('probability', 'percent', 12),
      column('weighted', 'money', 16),
      column('expectedCloseDate', 'date', 14),
      column('closedAt', 'datetime', 18)
    ],
    rows: rows.sort(byText((r) => `${r.company} ${r.title}`))
  }
}

function byStageTable(lines: Line[], stages: PipelineStage[], language: Language): ReportTable {
  const order = [...stages.map((s) => s.id), ...lines.map((l) => l.file.stageId)]
  const rows = new Map<string, ReportRow>()
  for (const id of order) {
    if (rows.has(id)) continue
    const stage = stages.find((s) => s.id === id)
    rows.set(id, { stage: stageName(stage, id, language), files: 0, amount: 0, weighted: 0 })
  }
  for (const l of lines) {
    const row = rows.get(l.file.stageId)!
    row.files = Number(row.files) + 1
    row.amount = Number(row.amount) + l.amount
    row.weighted = Number(row.weighted) + l.weighted
  }
  return {
    id: 'pipeline.byStage',
    columns: [
      column('stage', 'text', 24),
      column('files', 'number', 12),
      column('amount', 'money', 18),
      column('weighted', 'money', 18)
    ],
    rows: [...rows.values()]
  }
}

function totalsTable(lines: Line[]): ReportTable {
  const sum = (standing: Standing) => {
    const of = lines.filter((l) => l.standing === standing)
    return {
      files: of.length,
      amount: of.reduce((total, l) => total + l.amount, 0),
      weighted: of.reduce((total, l) => total + l.weighted, 0)
    }
  }
  const open = sum('open')
  return {
    id: 'pipeline.totals',
    columns: [
      column('measure', 'text', 28, 'reports.values.pipelineMeasure'),
      column('files', 'number', 12),
      column('amount', 'money', 18)
    ],
    rows: [
      { measure: 'open', files: open.files, amount: open.amount },
      { measure: 'weighted', files: open.files, amount: open.weighted },
      { measure: 'won', ...pick(sum('won')) },
      { measure: 'lost', ...pick(sum('lost')) }
    ]
  }
}

const pick = ({ files, amount }: { files: number; amount: number }) => ({ files, amount })

export function buildPipelineReport(input: PipelineInput, period: Period, language: Language): Report {
  const lines = linesOf(input, period)
  return {
    id: 'pipeline',
    tables: [
      filesTable(lines, input.organizations, language),
      byStageTable(lines, input.stages, language),
      totalsTable(lines)
    ]
  }
}
