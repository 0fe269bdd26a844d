// @vitest-environment happy-dom
// A list's first frame draws its empty facets as still boxes, so that the rows show sooner; the
// multi-selects take their place once the browser has drawn the rows, and a facet with a choice
// (restored from the session) is the real one from the start.
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { FacetFilters } from '@renderer/components/FacetFilters'
import { createOrganization } from '@renderer/db/repositories/organizations'
import { OrganizationsScreen } from '@renderer/features/organizations'
import { DEFAULT_ORGANIZATION_LIST_STATE, type OrganizationListState } from '@shared/domain/list-filters'
import { freshDatabase } from '../../../fixtures/database'
import { makeOrganization } from '../../../fixtures/factories'
import { renderApp } from '../drivers/renderApp'

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200)
  sessionStorage.clear()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function filters(state: OrganizationListState, ready: boolean) {
  return (
    <FacetFilters
      namespace="organizations"
      state={state}
      onChange={() => undefined}
      defaults={DEFAULT_ORGANIZATION_LIST_STATE}
      queryWidth={260}
      ready={ready}
      facets={[
        { key: 'kinds', label: 'fields.kind', data: ['company', 'funder'], width: 180 },
        { key: 'tags', label: 'fields.tags', data: ['export', 'logiciel'], width: 180 }
      ]}
    />
  )
}

const facetBoxes = () => screen.queryAllByRole('combobox').map((box) => box.getAttribute('aria-label'))

it('before it is ready, an empty facet is a still box with its placeholder, a chosen one is real', () => {
  renderApp(filters({ ...DEFAULT_ORGANIZATION_LIST_STATE, tags: ['export'] }, false))
  expect(facetBoxes()).toEqual(['Étiquettes'])
  const standIn = screen.getByText('Type')
  expect(standIn.getAttribute('aria-hidden')).toBe('true')
  expect(standIn.querySelector('input, button, [tabindex]')).toBeNull()
})

it('once ready, every facet is a multi-select', () => {
  renderApp(filters(DEFAULT_ORGANIZATION_LIST_STATE, true))
  expect(facetBoxes()).toEqual(['Type', 'Étiquettes'])
})

it('the Companies list shows its rows, then its four facets', { timeout: 30_000 }, async () => {
  await freshDatabase()
  await createOrganization(makeOrganization({ name: 'Alumitek' }))
  renderApp(<OrganizationsScreen />)
  await screen.findByRole('link', { name: 'Alumitek' }, { timeout: 10_000 })
  await waitFor(() => expect(facetBoxes()).toEqual(['Région', 'Type', 'Stade', 'Étiquettes']))
})
