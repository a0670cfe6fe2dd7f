import { sharedDocumentId, type ContactDocument } from '@estate/domain';
import { Switch, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { sharedDocumentsOptions } from '../queries/shared-documents.queries';
import { useDocumentSharing } from './use-document-sharing';

/** On a document of the client file: whether the client sees it in their space, and the switch to change it. */
export function SharedWithClientSwitch({ contactId, document }: { contactId: string; document: ContactDocument }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const shares = useQuery(sharedDocumentsOptions(tenant.tenantId, contactId));
  const { share, unshare } = useDocumentSharing();
  const sharedId = sharedDocumentId(contactId, document.id);
  const shared = shares.data?.some((each) => each.id === sharedId) ?? false;
  const busy = share.isPending || unshare.isPending;
  const label = t(shared ? 'files.sharing.sharedLabel' : 'files.sharing.shareLabel', { name: document.name });
  return (
    <Tooltip label={label}>
      <Switch
        size="sm"
        aria-label={label}
        checked={shared}
        disabled={shares.isPending || busy}
        onChange={() =>
          shared
            ? unshare.mutate(sharedId)
            : share.mutate({
                contactId,
                source: { kind: 'contact-document', contactId, documentId: document.id },
              })
        }
      />
    </Tooltip>
  );
}
