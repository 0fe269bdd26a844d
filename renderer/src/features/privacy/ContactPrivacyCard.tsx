import { Button, Menu, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconDownload, IconUserX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { SectionCard } from '@renderer/components/SectionCard'
import { erasePerson } from '@renderer/db/repositories/privacy'
import { useBusyAction } from '@renderer/hooks/useBusyAction'
import { useNotify } from '@renderer/hooks/useNotify'
import { foldText } from '@shared/domain/text'
import type { Contact } from '@shared/schemas'
import { EraseModal } from './EraseModal'
import { useContactExport } from './useContactExport'

/** Law 25 on the contact page: answer an access request, or erase the person. */
export function ContactPrivacyCard({ contact, name }: { contact: Contact; name: string }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const navigate = useNavigate()
  const [erasing, erase] = useDisclosure()
  const fileStem = foldText(name).replace(/[^a-z0-9]+/g, '-')
  const exporter = useContactExport(contact.id, `relais-${fileStem || 'contact'}`)
  const eraser = useBusyAction()
  const confirmErase = () =>
    eraser.run(async () => {
      const result = await erasePerson(contact.id)
      erase.close()
      notify.success(
        result.toReview.length > 0
          ? `${t('privacy.erase.done')} ${t('privacy.erase.toReview', { count: result.toReview.length })}`
          : t('privacy.erase.done')
      )
      navigate('/contacts')
    })

  return (
    <SectionCard title={t('privacy.card.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('privacy.card.explanation')}
        </Text>
        <Menu position="bottom-start">
          <Menu.Target>
            <Button
              variant="default"
              loading={exporter.busy}
              leftSection={<IconDownload size={16} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              {t('privacy.card.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void exporter.run('xlsx')}>{t('privacy.card.exportXlsx')}</Menu.Item>
            <Menu.Item onClick={() => void exporter.run('json')}>{t('privacy.card.exportJson')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconUserX size={16} aria-hidden />}
          onClick={erase.open}
        >
          {t('privacy.card.erase')}
        </Button>
      </Stack>
      <EraseModal
        opened={erasing}
        name={name}
        busy={eraser.busy}
        onCancel={erase.close}
        onConfirm={() => void confirmErase()}
      />
    </SectionCard>
  )
}
