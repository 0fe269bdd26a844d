// Is a dropdown open on screen (a date picker, a select, a type-ahead)? Mantine portals dropdowns
// out of the dialog and a date input does not say aria-expanded, so the dropdowns themselves are
// looked for. Only visible ones count: the quick log's type-ahead keeps an empty dropdown mounted
// and hidden, and Escape must then close the dialog at once.
const DROPDOWNS = '.mantine-Popover-dropdown, .mantine-Combobox-dropdown'

export function popoverOpenIn(root: HTMLElement | null): boolean {
  if (!root) return false
  for (const dropdown of root.ownerDocument.querySelectorAll<HTMLElement>(DROPDOWNS)) {
    if (dropdown.getClientRects().length > 0 && !hidden(dropdown)) return true
  }
  return false
}

/** display: none on the dropdown (Mantine's `hidden`) or its portal wrapper. */
function hidden(element: HTMLElement): boolean {
  const view = element.ownerDocument.defaultView
  for (let at: HTMLElement | null = element; at && at !== element.ownerDocument.body; at = at.parentElement) {
    if (at.hidden || view?.getComputedStyle(at).display === 'none') return true
  }
  return false
}
