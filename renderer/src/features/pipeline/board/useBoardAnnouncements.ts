import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import { useMemo, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { CardIndex } from './boardModel'

/** What a screen reader hears while a card is moved with the keyboard or a pointer, translated. */
export function useBoardAnnouncements(
  cards: RefObject<CardIndex>,
  stageName: (id: string) => string
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation()
  return useMemo(() => {
    const title = (id: string | number) => cards.current.get(String(id))?.file.title ?? ''
    const over = (id: string | number | undefined) => (id === undefined ? '' : stageName(String(id)))
    return {
      screenReaderInstructions: { draggable: t('pipeline.dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) =>
          t('pipeline.dnd.start', {
            title: title(active.id),
            stage: stageName(cards.current.get(String(active.id))?.stageId ?? '')
          }),
        onDragOver: ({ active, over: target }) =>
          target ? t('pipeline.dnd.over', { title: title(active.id), stage: over(target.id) }) : undefined,
        onDragEnd: ({ active, over: target }) =>
          target
            ? t('pipeline.dnd.end', { title: title(active.id), stage: over(target.id) })
            : t('pipeline.dnd.cancel', { title: title(active.id) }),
        onDragCancel: ({ active }) => t('pipeline.dnd.cancel', { title: title(active.id) })
      }
    }
  }, [cards, stageName, t])
}
