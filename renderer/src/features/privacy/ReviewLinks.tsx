import { Anchor, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { describeReviewItems, type ReviewItem } from '@renderer/db/repositories/privacy'
import { useDbQuery } from '@renderer/db/useDbQuery'

/** The texts that still named an erased person, each linked to where it can be edited. */
export function ReviewLinks({ items }: { items: ReviewItem[] }) {
  const { t } = useTranslation()
  const key = items.map((i) => i.id).join(',')
  const described = useDbQuery(() => describeReviewItems(items), [key]).data ?? []
  if (described.length === 0) return null
  return (
    <Group gap={6}>
      <Text size="xs" c="orange">
        {t('privacy.settings.toReview')}
      </Text>
      {described.map((item) =>
        item.path ? (
          <Anchor key={item.id} component={Link} to={item.path} size="xs">
            {item.title}
          </Anchor>
        ) : (
          <Text key={item.id} size="xs">
            {item.title}
          </Text>
        )
      )}
    </Group>
  )
}
