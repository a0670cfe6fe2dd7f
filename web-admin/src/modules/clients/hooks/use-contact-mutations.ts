import type { ConvertProspectInput, InviteClientInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callCallable } from '../../../lib/firebase/callables';
import { convertProspect, saveContact, type SaveContactRequest } from '../../../lib/firebase/contact.repository';
import { contactKeys } from '../queries/contacts.queries';

/** Creates or edits through contacts-saveContact; a held-back save (duplicates) changes nothing. */
export function useSaveContact(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveContactRequest) => saveContact(request),
    onSuccess: (result) => {
      if (result.status === 'saved') void queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) });
    },
  });
}

export function useInviteClient(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => callCallable<unknown, InviteClientInput>('inviteClient', { contactId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}

export function useConvertProspect(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConvertProspectInput) => convertProspect(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}
