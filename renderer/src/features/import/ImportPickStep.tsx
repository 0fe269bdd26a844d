import { Anchor, Button, Stack, Text } from '@mantine/core'
import { IconFileUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import sampleCsv from '../../../../resources/exemple-import.csv?raw'
import { getPlatform } from '@renderer/platform'

function downloadSample(): void {
  const content = sampleCsv.startsWith('\uFEFF') ? sampleCsv : `\uFEFF${sampleCsv}`
  void getPlatform().saveFile({
    suggestedName: 'exemple-import.csv',
    filterName: 'CSV',
    extensions: ['csv'],
    mimeType: 'text/csv;charset=utf-8',
    content
  })
}

export function ImportPickStep({ busy, onPick }: { busy: boolean; onPick: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Text size="sm">{t('import.pick.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('import.pick.formats')}
      </Text>
      <Button
        leftSection={<IconFileUpload size={16} aria-hidden />}
        loading={busy}
        onClick={onPick}
        w="fit-content"
        data-autofocus
      >
        {t('import.pick.choose')}
      </Button>
      <Anchor component="button" type="button" size="sm" w="fit-content" onClick={downloadSample}>
        {t('import.pick.sample')}
      </Anchor>
    </Stack>
  )
}
