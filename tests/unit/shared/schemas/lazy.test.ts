import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { lazySchema } from '@shared/schemas/lazy'
import { organizationSchema, pipelineStagesSchema } from '@shared/schemas'

function countedSchema() {
  const calls = { count: 0 }
  const schema = lazySchema(() => {
    calls.count += 1
    return z.object({ name: z.string().trim().min(1, { error: 'validation.required' }) })
  })
  return { schema, calls }
}

describe('a schema built on first use', () => {
  it('is not built until something uses it, then built once for every later use', () => {
    const { schema, calls } = countedSchema()
    expect(calls.count).toBe(0)
    expect(schema.parse({ name: '  Nordik  ' })).toEqual({ name: 'Nordik' })
    expect(schema.safeParse({ name: '' }).success).toBe(false)
    expect(Object.keys(schema.shape)).toEqual(['name'])
    expect(calls.count).toBe(1)
  })

  it('refuses what the schema refuses, with the same message', () => {
    const { schema } = countedSchema()
    const result = schema.safeParse({ name: '   ' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`)).toEqual([
      'name:validation.required'
    ])
  })

  it('composes like the schema itself: extend, nullable, array, inside another object', () => {
    const { schema } = countedSchema()
    const extended = schema.extend({ city: z.string() })
    expect(extended.parse({ name: 'Nordik', city: 'Rimouski' })).toEqual({ name: 'Nordik', city: 'Rimouski' })
    expect(schema.nullable().parse(null)).toBeNull()
    expect(schema.array().parse([{ name: 'A' }, { name: 'B' }])).toEqual([{ name: 'A' }, { name: 'B' }])
    const holder = z.object({ company: schema })
    expect(holder.safeParse({ company: { name: '' } }).error?.issues[0]?.path).toEqual(['company', 'name'])
  })

  it('the record schemas keep their rules: a stage list without an open stage is refused', () => {
    const stages = [{ id: 'won', fr: 'Gagné', en: 'Won', probability: 100, kind: 'won' }]
    expect(pipelineStagesSchema.safeParse(stages).error?.issues[0]?.message).toBe('validation.stagesNeedOpen')
    expect(Object.keys(organizationSchema.shape)).toContain('lastInteractionAt')
  })
})
