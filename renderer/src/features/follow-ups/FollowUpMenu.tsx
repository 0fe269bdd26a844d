import { ActionIcon, Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArrowBackUp, IconBan, IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '@shared/schemas'
import { FollowUpFormModal } from './FollowUpFormModal'
import type { FollowUpActions } from './useFollowUpActions'

interface FollowUpMenuProps {
  followUp: FollowUp
  actions: FollowUpActions
  /** Open from its first render, its button focused (a timeline entry mounts it when first pressed). */
  initiallyOpened?: boolean
}

/** Edit, cancel or reopen, delete: the less frequent actions on a follow-up. */
export function FollowUpMenu({ followUp, actions, initiallyOpened = false }: FollowUpMenuProps) {
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure()
  return (
    <>
      <Menu position="bottom-end" withinPortal defaultOpened={initiallyOpened}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('followUps.actions.more', { title: followUp.title })}
            autoFocus={initiallyOpened}
          >
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={edit.open}>
            {t('common.edit')}
          </Menu.Item>
          {followUp.status === 'open' ? (
            <Menu.Item
              leftSection={<IconBan size={14} aria-hidden />}
              onClick={() => void actions.cancel(followUp)}
            >
              {t('followUps.actions.cancel')}
            </Menu.Item>
          ) : (
            <Menu.Item
              leftSection={<IconArrowBackUp size={14} aria-hidden />}
              onClick={() => void actions.reopen(followUp)}
            >
              {t('followUps.actions.reopen')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={() => void actions.remove(followUp)}
          >
            {t('common.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {/* mounted only while open: Today and timelines show many rows, each with this menu */}
      {editing && <FollowUpFormModal opened onClose={edit.close} followUp={followUp} />}
    </>
  )
}
