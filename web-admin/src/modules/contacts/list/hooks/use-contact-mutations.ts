import { inviteClientContract } from '@estate/domain';
import type { ConvertProspectInput, MergeContactsInput } from '@estate/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../../lib/firebase/callables';
import { convertProspect, mergeContacts, saveContact, type SaveContactRequest } from '../../data/contact.repository';
import { historyKeys } from '../../../history';
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
    mutationFn: (contactId: string) => call(inviteClientContract, { contactId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}

/** The contact lists and files, and the histories (a conversion or a merge writes a remark). */
function invalidateContactsAndHistory(queryClient: QueryClient, tenantId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
    queryClient.invalidateQueries({ queryKey: historyKeys.all(tenantId) }),
  ]);
}

export function useConvertProspect(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConvertProspectInput) => convertProspect(input),
    onSuccess: () => invalidateContactsAndHistory(queryClient, tenantId),
  });
}

export function useMergeContacts(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeContactsInput) => mergeContacts(input),
    onSuccess: () => invalidateContactsAndHistory(queryClient, tenantId),
  });
}
