/**
 * The props of a menu's button before the menu is mounted: it says it opens a menu (closed) and
 * mounts it when pressed; the menu then renders the same button as its target, opened and focused.
 */
export function unusedMenuButton(mount: () => void) {
  return { 'aria-haspopup': 'menu', 'aria-expanded': false, onClick: mount } as const
}
