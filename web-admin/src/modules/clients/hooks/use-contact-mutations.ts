import type { ContactInput, InviteClientInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callCallable } from '../../../lib/firebase/callables';
import { createContact, updateContact } from '../../../lib/firebase/contact.repository';
import { contactKeys } from '../queries/contacts.queries';

export function useCreateContact(tenantId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) => createContact(tenantId, uid, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}

export function useUpdateContact(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, input }: { contactId: string; input: ContactInput }) =>
      updateContact(tenantId, contactId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}

export function useInviteClient(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => callCallable<unknown, InviteClientInput>('inviteClient', { contactId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all(tenantId) }),
  });
}
