import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { listingDocumentsQuery } from '../data/shared-documents.queries';
import { SharedDocumentList } from './shared-document-list';

/** On a listing's page: the documents the agency shared with the client for it (none: nothing shown). */
export function ListingDocuments({ propertyId }: { propertyId: string }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const documents = useQuery(listingDocumentsQuery(tenantId, contactId, propertyId));
  if (!documents.data || documents.data.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="listing-documents">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {t('documents.forListing')}
      </Text>
      <SharedDocumentList documents={documents.data} />
    </Stack>
  );
}
