import { Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function NotesSection({ notes }: { notes: string }) {
  const { t } = useTranslation()
  if (!notes) return null
  return (
    <>
      <Title order={4} size="h6" mt="lg" mb={4}>
        {t('fields.notes')}
      </Title>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {notes}
      </Text>
    </>
  )
}
