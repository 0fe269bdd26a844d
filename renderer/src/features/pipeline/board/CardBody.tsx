import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RecordLink } from '@renderer/components/RecordLink'
import { useFormatters } from '@renderer/hooks/useFormatters'
import { daysInStage } from '@shared/domain/pipeline'
import type { CardModel } from './boardModel'
import classes from './board.module.css'

interface CardBodyProps {
  card: CardModel
  today: string
  /** The drag handle and the "Move to…" menu; absent on the drag overlay's copy. */
  handle?: ReactNode
  menu?: ReactNode
}

/** What a card shows: company, file title, amount and days in stage. */
export function CardBody({ card, today, handle, menu }: CardBodyProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const days = daysInStage(card.file, today)
  return (
    <>
      <div className={classes.top}>
        <div className={classes.who}>
          {handle}
          <p className={classes.company} title={card.company}>
            {card.company}
          </p>
        </div>
        {menu}
      </div>
      <RecordLink to={`/pipeline/${card.file.id}`} className={classes.title} draggable={false}>
        {card.file.title}
      </RecordLink>
      <div className={classes.bottom}>
        <span className={classes.amount}>{card.amountCents > 0 ? format.money(card.amountCents) : '—'}</span>
        <span className={classes.days} title={t('pipeline.card.daysLong', { count: days })}>
          {t('pipeline.card.days', { count: days })}
        </span>
      </div>
    </>
  )
}
