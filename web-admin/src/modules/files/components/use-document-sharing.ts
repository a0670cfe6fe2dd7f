import { type ShareDocumentInput } from '@estate/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { shareDocument, unshareDocument } from '../data/shared-documents.repository';
import { sharedDocumentsKeys } from '../queries/shared-documents.queries';

/** Share and unshare, each telling the user how it went and refreshing every list of shares. */
export function useDocumentSharing() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sharedDocumentsKeys.all(tenant.tenantId) });
  const share = useMutation({
    mutationFn: (input: ShareDocumentInput) => shareDocument(input),
    onSuccess: () => notifySuccess(t('files.sharing.shared')),
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });
  const unshare = useMutation({
    mutationFn: (sharedId: string) => unshareDocument(sharedId),
    onSuccess: () => notifySuccess(t('files.sharing.unshared')),
    onError: (error) => notifyError(describeError(t, error)),
    onSettled: refresh,
  });
  return { share, unshare };
}
