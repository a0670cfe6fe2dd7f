import { useMutation, useQueryClient, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { notifySuccess } from '../../../../ui/notify';
import { useActiveSession } from '../../../session';
import { saveBuyerFile } from '../data/client-file.repository';
import { clientFileKeys } from '../queries/client-file.queries';

interface FileFormOptions<Stored, Input extends FieldValues, Output, Result> {
  /** The stored file, as the tab queried it (null when never saved). */
  stored: UseQueryResult<Stored | null>;
  resolver: Resolver<Input, unknown, Output>;
  toForm: (stored: Stored | null) => DefaultValues<Input>;
  /** Writes the form's values; the query under `queryKey` is refreshed after. */
  save: (values: Output) => Promise<Result>;
  queryKey: QueryKey;
  /** The notification text once saved. */
  savedMessage: (result: Result) => string;
}

/**
 * A buyer file the collaborator edits in a form: filled from the stored file once it arrives, saved
 * whole, with the failure shown in the user's language.
 */
export function useFileForm<Stored, Input extends FieldValues, Output extends FieldValues, Result>({
  stored,
  resolver,
  toForm,
  save,
  queryKey,
  savedMessage,
}: FileFormOptions<Stored, Input, Output, Result>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({
    resolver,
    defaultValues: toForm(null),
  });
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });

  useEffect(() => {
    if (stored.isSuccess) form.reset(toForm(stored.data));
  }, [stored.isSuccess, stored.data, form, toForm]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      notifySuccess(savedMessage(await mutation.mutateAsync(values)));
    } catch (caught) {
      setFailure(describeError(t, caught));
    }
  });

  return { form, submit, failure };
}

interface BuyerFileFormOptions<Stored, Input extends FieldValues, Output extends Record<string, unknown>> extends Pick<
  FileFormOptions<Stored, Input, Output, void>,
  'stored' | 'resolver' | 'toForm'
> {
  contactId: string;
  file: 'questionnaire' | 'saved-search';
  /** The notification text once saved. */
  savedMessage: string;
}

/** The questionnaire and the saved search: written by the collaborator through the rules. */
export function useBuyerFileForm<Stored, Input extends FieldValues, Output extends Record<string, unknown>>({
  contactId,
  file,
  savedMessage,
  ...form
}: BuyerFileFormOptions<Stored, Input, Output>) {
  const tenant = useTenant();
  const { user } = useActiveSession();
  return useFileForm({
    ...form,
    save: (values: Output) => saveBuyerFile(tenant.tenantId, contactId, user.uid, file, values),
    queryKey: clientFileKeys.part(tenant.tenantId, contactId, file),
    savedMessage: () => savedMessage,
  });
}
