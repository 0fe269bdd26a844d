import { Menu } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useState } from 'react'
import { IconArrowBackUp, IconBan, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '@shared/schemas'
import { FollowUpFormModal } from './FollowUpFormModal'
import { DotsMenuButton } from '@renderer/components/DotsMenuButton'
import { unusedMenuButton } from '@renderer/components/unusedMenuButton'
import type { FollowUpActions } from './useFollowUpActions'

interface FollowUpMenuProps {
  followUp: FollowUp
  actions: FollowUpActions
}

/** Edit, cancel or reopen, delete: the less frequent actions on a follow-up. */
export function FollowUpMenu({ followUp, actions }: FollowUpMenuProps) {
  const { t } = useTranslation()
  const [editing, edit] = useDisclosure()
  // A plain button until first pressed, then the menu, opened (see SnoozeMenu)
  const [used, setUsed] = useState(false)
  const button = (
    <DotsMenuButton
      aria-label={t('followUps.actions.more', { title: followUp.title })}
      {...(used ? { autoFocus: true } : unusedMenuButton(() => setUsed(true)))}
    />
  )
  return (
    <>
      {!used ? (
        button
      ) : (
        <Menu position="bottom-end" withinPortal defaultOpened>
          <Menu.Target>{button}</Menu.Target>
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
      )}
      {/* mounted only while open: Today and timelines show many rows, each with this menu */}
      {editing && <FollowUpFormModal opened onClose={edit.close} followUp={followUp} />}
    </>
  )
}
