import { informContactsContract } from '@estate/domain';
import type { InformContactsInput, TenantMailTemplateInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/firebase/callables';
import { createMailTemplate, deleteMailTemplate, updateMailTemplate } from '../data/mail-template.repository';
import { mailTemplateKeys } from '../queries/mail-templates.queries';

export function useInformContacts() {
  return useMutation({
    mutationFn: (input: InformContactsInput) => call(informContactsContract, input),
  });
}

/** Creates (templateId null) or updates a template; refreshes only the templates. */
export function useSaveMailTemplate(tenantId: string, uid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ templateId, input }: { templateId: string | null; input: TenantMailTemplateInput }) =>
      templateId
        ? updateMailTemplate(tenantId, templateId, input).then(() => templateId)
        : createMailTemplate(tenantId, uid, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailTemplateKeys.all(tenantId) }),
  });
}

export function useDeleteMailTemplate(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => deleteMailTemplate(tenantId, templateId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailTemplateKeys.all(tenantId) }),
  });
}
