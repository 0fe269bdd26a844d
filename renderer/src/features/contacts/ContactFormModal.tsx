import { Fieldset, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '@renderer/components/DateField'
import { FormModal } from '@renderer/components/FormModal'
import { FormActions } from '@renderer/components/FormActions'
import { StaleRecordNotice } from '@renderer/components/StaleRecordNotice'
import { useCloseRecordCheck } from '@renderer/features/close-records'
import { OrganizationSelect } from '@renderer/features/organizations'
import { createContact, updateContact } from '@renderer/db/repositories/contacts'
import { useFormErrors } from '@renderer/hooks/useFormErrors'
import { useSaveForm } from '@renderer/hooks/useSaveForm'
import { useStaleGuard } from '@renderer/hooks/useStaleGuard'
import { useConsentOptions, useLanguageOptions } from '@renderer/hooks/useOptions'
import { contactDisplayName } from '@shared/domain/list-filters'
import { contactInputSchema, type Contact } from '@shared/schemas'
import { contactToForm, emptyContactForm, formToContactInput, type ContactFormValues } from './contactForm'
import { useContactTags } from './useContacts'

interface ContactFormModalProps {
  opened: boolean
  onClose: () => void
  contact?: Contact
  defaultOrganizationId?: string | null
  onSaved?: (contact: Contact) => void
}

export function ContactFormModal({
  opened,
  onClose,
  contact,
  defaultOrganizationId,
  onSaved
}: ContactFormModalProps) {
  const { t } = useTranslation()
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t(contact ? 'contacts.form.editTitle' : 'contacts.form.newTitle')}
    >
      <ContactForm
        contact={contact}
        defaultOrganizationId={defaultOrganizationId}
        onClose={onClose}
        onSaved={onSaved}
      />
    </FormModal>
  )
}

function ContactForm({
  contact,
  defaultOrganizationId = null,
  onClose,
  onSaved
}: Omit<ContactFormModalProps, 'opened'>) {
  const { t, i18n } = useTranslation()
  const { validate } = useFormErrors()
  const tags = useContactTags().data ?? []
  const languageOptions = useLanguageOptions()
  const consentOptions = useConsentOptions()
  const form = useForm<ContactFormValues>({
    initialValues: contact
      ? contactToForm(contact)
      : emptyContactForm(defaultOrganizationId, i18n.language === 'en' ? 'en' : 'fr'),
    validate: (values) => {
      const errors = validate(contactInputSchema, formToContactInput(values))
      // The schema nests consent; the form shows it on its own fields.
      if (errors['consent.date']) errors.consentDate = errors['consent.date']
      return errors
    }
  })

  const { read, guard, stale } = useStaleGuard(contact, form, contactToForm)

  const { submit, saving } = useSaveForm(
    form,
    (values) =>
      read
        ? guard((revision) => updateContact(read.id, formToContactInput(values), revision))
        : createContact(formToContactInput(values)),
    (saved) => {
      onSaved?.(saved)
      return {
        message: t(contact ? 'contacts.form.updated' : 'contacts.form.created', {
          name: contactDisplayName(saved)
        }),
        close: onClose
      }
    }
  )

  // A new person who looks like one already stored: ask before creating a twin
  const close = useCloseRecordCheck()
  const [checking, setChecking] = useState(false)
  const submitNew = form.onSubmit(async (values) => {
    setChecking(true)
    const decision = await close.checkContact(values).finally(() => setChecking(false))
    if (decision.action === 'create') return submit()
    if (decision.action === 'use') {
      onSaved?.(decision.record)
      onClose()
    }
  })

  return (
    <form onSubmit={contact ? submit : submitNew} noValidate>
      <Stack gap="md">
        {stale && <StaleRecordNotice kind="contact" choices={{ consentBasis: 'enums.consent' }} {...stale} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('fields.firstName')}
            required
            data-autofocus
            {...form.getInputProps('firstName')}
          />
          <TextInput label={t('fields.lastName')} {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationSelect
            label={t('fields.organization')}
            allowCreate
            {...form.getInputProps('organizationId')}
          />
          <TextInput label={t('fields.role')} {...form.getInputProps('role')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
          <Select
            label={t('fields.language')}
            data={languageOptions}
            allowDeselect={false}
            {...form.getInputProps('language')}
          />
        </SimpleGrid>
        <Fieldset legend={t('contacts.form.consentLegend')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('fields.consentBasis')}
              data={consentOptions}
              allowDeselect={false}
              {...form.getInputProps('consentBasis')}
            />
            <DateField label={t('fields.consentDate')} clearable {...form.getInputProps('consentDate')} />
            <TextInput
              label={t('fields.consentSource')}
              placeholder={t('contacts.form.consentSourcePlaceholder')}
              {...form.getInputProps('consentSource')}
            />
          </SimpleGrid>
        </Fieldset>
        <TagsInput label={t('fields.tags')} data={tags} clearable {...form.getInputProps('tags')} />
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('notes')}
        />
        {close.question}
        <FormActions
          onCancel={onClose}
          saving={saving || (checking && !close.asking)}
          submitLabel={t(contact ? 'common.save' : 'contacts.form.create')}
        />
      </Stack>
    </form>
  )
}
