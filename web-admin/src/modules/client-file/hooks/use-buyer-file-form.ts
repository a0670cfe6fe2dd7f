import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session/session.context';
import { saveBuyerFile } from '../data/client-file.repository';
import { clientFileKeys } from '../queries/client-file.queries';

interface BuyerFileFormOptions<Stored, Input extends FieldValues, Output extends Record<string, unknown>> {
  contactId: string;
  file: 'questionnaire' | 'saved-search';
  /** The stored file, as the tab queried it (null when never saved). */
  stored: UseQueryResult<Stored | null>;
  resolver: Resolver<Input, unknown, Output>;
  toForm: (stored: Stored | null) => DefaultValues<Input>;
  /** The notification text once saved. */
  savedMessage: string;
}

/**
 * A buyer file the collaborator edits in a form (questionnaire, saved search): filled from the stored
 * file once it arrives, saved whole through the rules, with the failure shown in the user's language.
 */
export function useBuyerFileForm<Stored, Input extends FieldValues, Output extends Record<string, unknown>>({
  contactId,
  file,
  stored,
  resolver,
  toForm,
  savedMessage,
}: BuyerFileFormOptions<Stored, Input, Output>) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user } = useActiveSession();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver,
    defaultValues: toForm(null),
  });
  const save = useMutation({
    mutationFn: (values: Output) => saveBuyerFile(tenant.tenantId, contactId, user.uid, file, values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientFileKeys.part(tenant.tenantId, contactId, file) }),
  });

  useEffect(() => {
    if (stored.isSuccess) form.reset(toForm(stored.data));
  }, [stored.isSuccess, stored.data, form, toForm]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(values);
      notifySuccess(savedMessage);
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });

  return { form, submit, failure };
}
