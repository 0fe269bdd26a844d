import { Button } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconFileImport } from '@tabler/icons-react'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportWizardModal } from './importWizardLazy'

/** "Import" in the Companies and Contacts headers: the wizard mounts only while open, its code loaded on the first click. */
export function ImportButton() {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure()
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={open}>
        {t('import.button')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <ImportWizardModal onClose={close} />
        </Suspense>
      )}
    </>
  )
}
