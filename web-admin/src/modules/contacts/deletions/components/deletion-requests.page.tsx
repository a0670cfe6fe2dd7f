import { contactFullName, erasureTotals, type Contact, type Erasure, type Member } from '@estate/domain';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArchive, IconTrashOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { EmptyState } from '../../../../ui/empty-state';
import { formatDateTime } from '../../../../ui/format-date';
import { PageHeader } from '../../../../ui/page-header';
import { teamMembersOptions } from '../../../team';
import { erasuresOptions, pendingDeletionRequestsOptions } from '../queries/deletions.queries';
import { DeclineDeletionModal } from './decline-deletion.modal';
import { EraseContactModal } from './erase-contact.modal';

function LoadingRows() {
  return (
    <Stack gap="sm">
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} height={28} />
      ))}
    </Stack>
  );
}

function memberName(members: Member[] | undefined, uid: string, fallback: string): string {
  return members?.find((member) => member.uid === uid)?.displayName ?? fallback;
}

function PendingRequests({ members }: { members: Member[] | undefined }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const pending = useQuery(pendingDeletionRequestsOptions(tenantId));
  const [erasing, setErasing] = useState<Contact | null>(null);
  const [declining, setDeclining] = useState<Contact | null>(null);
  const list = pending.data ?? [];

  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4} mb="md">
        {t('deletions.page.pendingTitle')}
      </Title>
      {pending.isPending ? (
        <LoadingRows />
      ) : pending.isError ? (
        <Text c="red">{describeError(t, pending.error)}</Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconTrashOff size={28} />}
          title={t('deletions.page.emptyTitle')}
          description={t('deletions.page.emptyText')}
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" data-testid="deletion-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deletions.page.client')}</Table.Th>
                <Table.Th>{t('deletions.page.requestedBy')}</Table.Th>
                <Table.Th>{t('deletions.page.requestedAt')}</Table.Th>
                <Table.Th>{t('deletions.page.reason')}</Table.Th>
                <Table.Th aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((contact) => {
                const request = contact.deletionRequest;
                if (!request) return null;
                return (
                  <Table.Tr key={contact.id} data-testid={`deletion-request-${contact.id}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${contact.id}`} fw={600} size="sm">
                        {contactFullName(contact)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {memberName(members, request.requestedBy, t('deletions.page.unknownMember'))}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(request.requestedAt)}</Text>
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" lineClamp={3}>
                        {request.reason || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setDeclining(contact)}>
                          {t('deletions.decline')}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => setErasing(contact)}
                          data-testid={`erase-request-${contact.id}`}
                        >
                          {t('deletions.erase')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EraseContactModal contact={erasing} onClose={() => setErasing(null)} />
      <DeclineDeletionModal contact={declining} onClose={() => setDeclining(null)} />
    </Card>
  );
}

/** The kinds the detail names; a kind nothing was removed of reads 0. */
const DETAILED_KINDS = [
  'files',
  'interests',
  'tasks',
  'historyDeleted',
  'historyUnlinked',
  'mails',
  'leads',
  'properties',
  'portalAccount',
] as const;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/** What the log shows of an erasure: every item removed, and the detail by kind. */
function removedSummary(erasure: Erasure): { total: number; detail: Record<string, number> } {
  const { contact, subcollections } = erasure.counts;
  const byKind = erasureTotals(erasure.counts);
  const sub = sum(subcollections);
  const detail = { ...Object.fromEntries(DETAILED_KINDS.map((kind) => [kind, 0])), ...byKind, contact, sub };
  return { total: contact + sub + sum(byKind), detail };
}

function ErasureLog({ members }: { members: Member[] | undefined }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const erasures = useQuery(erasuresOptions(tenantId));
  const list = erasures.data ?? [];

  return (
    <Card withBorder radius="lg" p="lg">
      <Title order={4}>{t('deletions.page.logTitle')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('deletions.page.logText')}
      </Text>
      {erasures.isPending ? (
        <LoadingRows />
      ) : erasures.isError ? (
        <Text c="red">{describeError(t, erasures.error)}</Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<IconArchive size={28} />}
          title={t('deletions.page.logEmptyTitle')}
          description={t('deletions.page.logEmptyText')}
        />
      ) : (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="sm" data-testid="erasure-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deletions.page.erasedAt')}</Table.Th>
                <Table.Th>{t('deletions.page.erasedBy')}</Table.Th>
                <Table.Th>{t('deletions.eraseReason')}</Table.Th>
                <Table.Th>{t('deletions.page.kind')}</Table.Th>
                <Table.Th>{t('deletions.page.removed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((erasure) => {
                const removed = removedSummary(erasure);
                return (
                  <Table.Tr key={erasure.id} data-testid="erasure-entry">
                    <Table.Td>
                      <Text size="sm">{formatDateTime(erasure.erasedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{memberName(members, erasure.erasedBy, erasure.erasedByName)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={erasure.reason === 'gdpr-request' ? 'grape' : 'gray'}>
                        {t(`deletions.reasons.${erasure.reason}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t(`deletions.page.kinds.${erasure.contactKind}`, { defaultValue: erasure.contactKind })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('deletions.page.countsDetail', removed.detail)} multiline maw={360}>
                        <Text size="sm" tabIndex={0} style={{ textDecoration: 'underline dotted' }}>
                          {t('deletions.page.removedCount', { count: removed.total })}
                        </Text>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** Owner and admin: collaborators' deletion requests to decide, and the log of erasures. */
export function DeletionRequestsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const members = useQuery(teamMembersOptions(tenantId));
  return (
    <>
      <PageHeader title={t('deletions.page.title')} description={t('deletions.page.description')} />
      <Stack gap="lg">
        <PendingRequests members={members.data} />
        <ErasureLog members={members.data} />
      </Stack>
    </>
  );
}
