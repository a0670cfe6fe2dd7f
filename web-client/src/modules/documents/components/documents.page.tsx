import type { SharedDocument } from '@estate/domain';
import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { sharedDocumentsQuery } from '../data/shared-documents.queries';
import { SharedDocumentList } from './shared-document-list';

/** The client's own documents first, then those shared for each listing, by listing. */
function groupByListing(documents: readonly SharedDocument[]) {
  const groups = new Map<string | null, { title: string | null; documents: SharedDocument[] }>();
  for (const document of documents) {
    const group = groups.get(document.propertyId) ?? { title: document.propertyTitle, documents: [] };
    group.documents.push(document);
    groups.set(document.propertyId, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
}

export function DocumentsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const documents = useQuery(sharedDocumentsQuery(tenantId, contactId));

  return (
    <Stack maw={640} mx="auto" gap="lg">
      <Title order={1} size="h2">
        {t('documents.title')}
      </Title>
      {documents.isPending ? (
        <Stack gap="xs" data-testid="documents-loading">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={56} radius="md" />
          ))}
        </Stack>
      ) : documents.isError ? (
        <Alert color="red" title={t('documents.loadFailed')}>
          <Button size="xs" variant="white" color="red" onClick={() => void documents.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : documents.data.length === 0 ? (
        <Paper withBorder radius="lg" p="xl">
          <Stack align="center" gap={6}>
            <IconFiles size={32} />
            <Text fw={600}>{t('documents.emptyTitle')}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('documents.emptyText')}
            </Text>
          </Stack>
        </Paper>
      ) : (
        groupByListing(documents.data).map(([propertyId, group]) => (
          <Stack key={propertyId ?? 'mine'} gap="xs">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed">
              {group.title ?? t('documents.mine')}
            </Text>
            <SharedDocumentList documents={group.documents} />
          </Stack>
        ))
      )}
    </Stack>
  );
}
