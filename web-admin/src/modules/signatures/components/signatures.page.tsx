import { SIGNATURE_REQUEST_STATUSES, type SignatureRequestStatus } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { requestsOptions } from '../queries/signatures.queries';
import { RequestStatusBadge } from './signature-status';

/** Owner, admin and managers follow every request; an agent the ones they sent. */
export function useSignatureViewer() {
  const { user, claims } = useActiveSession();
  const seesAll = claims.role === 'owner' || claims.role === 'admin' || claims.role === 'manager';
  return { uid: user.uid, seesAll };
}

/** `/signatures`: the tenant's signature requests, newest first, filtered by status, a page at a time. */
export function SignaturesPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const viewer = useSignatureViewer();
  const [status, setStatus] = useState<SignatureRequestStatus | null>(null);
  const requests = useInfiniteQuery(requestsOptions(tenant.tenantId, viewer, status));
  const rows = requests.data?.pages.flatMap((page) => page.requests) ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('signatures.title')}
        description={t('signatures.description')}
        actions={
          <Select
            aria-label={t('signatures.filter')}
            value={status ?? 'all'}
            onChange={(value) => setStatus(!value || value === 'all' ? null : (value as SignatureRequestStatus))}
            data={[
              { value: 'all', label: t('signatures.all') },
              ...SIGNATURE_REQUEST_STATUSES.map((value) => ({ value, label: t(`signatures.statuses.${value}`) })),
            ]}
            allowDeselect={false}
            w={200}
          />
        }
      />
      <Card withBorder radius="lg" p="lg">
        {requests.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} />
            ))}
          </Stack>
        ) : requests.isError ? (
          <Alert color="red">{describeError(t, requests.error)}</Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconSignature size={28} />}
            title={t('signatures.emptyTitle')}
            description={t('signatures.emptyText')}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={640}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('signatures.document')}</Table.Th>
                    <Table.Th>{t('signatures.signers')}</Table.Th>
                    <Table.Th>{t('signatures.status')}</Table.Th>
                    <Table.Th>{t('signatures.sentAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((request) => {
                    const signed = request.signers.filter((signer) => signer.status === 'signed').length;
                    return (
                      <Table.Tr key={request.id} data-testid={`signature-row-${request.id}`}>
                        <Table.Td>
                          <Anchor component={Link} to={`/signatures/${request.id}`} fw={600}>
                            {request.subject.title}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t(`signatures.kinds.${request.subject.kind}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {signed}/{request.signers.length} ·{' '}
                            {request.signers.map((signer) => signer.name).join(', ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <RequestStatusBadge status={request.status} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(request.createdAt)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {requests.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={requests.isFetchingNextPage}
                  onClick={() => void requests.fetchNextPage()}
                >
                  {t('signatures.loadMore')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
