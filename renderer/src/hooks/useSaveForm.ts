import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import { useFormModalGuard } from '@renderer/components/FormModal'
import { useFormErrors } from './useFormErrors'
import { useNotify } from './useNotify'

/**
 * Submit a record form: save through a repository, confirm, close; a ValidationError from the
 * repository lands on the fields, any other error in a notification. Nothing is half-saved.
 * Inside a FormModal, a changed form asks before the dialog closes.
 */
export function useSaveForm<Values, Saved>(
  form: UseFormReturnType<Values>,
  save: (values: Values) => Promise<Saved>,
  done: (saved: Saved) => { message: string; close: () => void }
) {
  const { fromError } = useFormErrors()
  const notify = useNotify()
  const [saving, setSaving] = useState(false)
  useFormModalGuard(() => form.isDirty())
  const submit = form.onSubmit(async (values) => {
    setSaving(true)
    try {
      const saved = await save(values)
      const { message, close } = done(saved)
      notify.success(message)
      close()
    } catch (error) {
      const fieldErrors = fromError(error)
      if (fieldErrors) form.setErrors(fieldErrors)
      else notify.failure(error)
    } finally {
      setSaving(false)
    }
  })
  return { submit, saving }
}
