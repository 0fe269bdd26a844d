// Drag and drop between stage columns. The keyboard sensor's arrows jump a card to the next or
// previous column (dnd-kit's default moves it 25 px at a time); pointer drags drop on the column
// under the pointer.
import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter
} from '@dnd-kit/core'

export const dropOnColumn: CollisionDetection = (args) => {
  const hits = args.pointerCoordinates ? pointerWithin(args) : []
  return hits.length > 0 ? hits : rectIntersection(args)
}

const centerX = (rect: { left: number; width: number }) => rect.left + rect.width / 2

export const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const forward = event.code === KeyboardCode.Right
  if (!forward && event.code !== KeyboardCode.Left) return undefined
  event.preventDefault()
  const { collisionRect, droppableRects, droppableContainers } = context
  if (!collisionRect) return undefined
  const here = centerX(collisionRect)
  let target: { left: number; top: number; width: number } | undefined
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id)
    if (!rect) continue
    const ahead = forward ? centerX(rect) > here + 1 : centerX(rect) < here - 1
    if (ahead && (!target || Math.abs(centerX(rect) - here) < Math.abs(centerX(target) - here))) target = rect
  }
  if (!target) return undefined
  return {
    x: currentCoordinates.x + (centerX(target) - here),
    y: currentCoordinates.y + (target.top + 72 - collisionRect.top)
  }
}
