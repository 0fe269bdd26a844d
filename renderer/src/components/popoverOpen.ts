// Is a dropdown open on screen (a date picker, a select, a type-ahead)? Mantine portals dropdowns
// out of the dialog and a date input does not say aria-expanded, so the dropdowns themselves are
// looked for. Only visible ones count: the quick log's type-ahead keeps an empty dropdown mounted
// and hidden, and Escape must then close the dialog at once.
const DROPDOWNS = '.mantine-Popover-dropdown, .mantine-Combobox-dropdown'

export function popoverOpenIn(root: HTMLElement | null): boolean {
  if (!root) return false
  for (const dropdown of root.ownerDocument.querySelectorAll<HTMLElement>(DROPDOWNS)) {
    if (dropdown.getClientRects().length > 0) return true
  }
  return false
}
