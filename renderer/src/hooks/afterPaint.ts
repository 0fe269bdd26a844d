/**
 * Resolves once the browser painted the current state (the task after the next frame's paint):
 * work awaited after it never delays what the person is shown first.
 */
export const afterPaint = (): Promise<void> =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
