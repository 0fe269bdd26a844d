import { Badge, Group } from '@mantine/core'

export function TagList({ tags, max = 3 }: { tags: string[]; max?: number }) {
  if (tags.length === 0) return null
  const shown = tags.slice(0, max)
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
          {tag}
        </Badge>
      ))}
      {tags.length > max && (
        <Badge size="sm" variant="transparent" color="gray">
          +{tags.length - max}
        </Badge>
      )}
    </Group>
  )
}
