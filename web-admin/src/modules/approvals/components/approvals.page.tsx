import {
  approvalActionWords,
  decideApprovalContract,
  decidesApprovals,
  withdrawApprovalContract,
  type Approval,
  type Locale,
} from '@estate/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { useLiveTenant } from '../../tenancy';
import { decideApproval, withdrawApproval } from '../data/approvals.repository';
import { approvalKeys, approvalsPageOptions } from '../queries/approvals.queries';

const STATUS_COLOURS = { pending: 'yellow', approved: 'teal', rejected: 'red', withdrawn: 'gray' } as const;

function useActionWords(): (approval: Approval) => string {
  const currency = useLiveTenant()?.currency ?? 'EUR';
  const locale = currentLocale() as Locale;
  return (approval) => approvalActionWords(locale, currency, approval);
}

function useRefusalText() {
  const { t } = useTranslation();
  return (contract: typeof decideApprovalContract | typeof withdrawApprovalContract, error: unknown) => {
    const refused = refusalOf(contract, error);
    return refused?.reason
      ? t(`approvals.refusals.${refused.reason}`, { defaultValue: describeError(t, error) })
      : describeError(t, error);
  };
}

/** The head of sales approves (performing the action) or rejects, with a note the requester reads. */
function DecideModal({
  approval,
  decision,
  onClose,
}: {
  approval: Approval | null;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const words = useActionWords();
  const refusalText = useRefusalText();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (approvalId: string) => decideApproval({ approvalId, decision, note }),
    onSuccess: async (result) => {
      notifySuccess(
        result.outcome === 'not-applicable'
          ? t('approvals.decide.notApplicable')
          : t(`approvals.decide.done.${decision}`),
      );
      await queryClient.invalidateQueries({ queryKey: approvalKeys.all(tenantId) });
      setNote('');
      onClose();
    },
  });
  return (
    <Modal
      opened={approval !== null}
      onClose={onClose}
      centered
      title={<Text fw={700}>{t(`approvals.decide.title.${decision}`)}</Text>}
    >
      {approval && (
        <Stack gap="md">
          <Text size="sm">
            {t('approvals.decide.summary', {
              requester: approval.requestedByName,
              unit: approval.unitNumber,
              action: words(approval),
            })}
          </Text>
          <Textarea
            label={t('approvals.decide.note')}
            description={t('approvals.decide.noteHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
            data-testid="approval-note"
          />
          {decide.isError && <Alert color="orange">{refusalText(decideApprovalContract, decide.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color={decision === 'reject' ? 'red' : 'teal'}
              loading={decide.isPending}
              onClick={() => decide.mutate(approval.id)}
              data-testid="approval-decide-confirm"
            >
              {t(`approvals.decide.confirm.${decision}`)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/**
 * `/approvals`: requests for actions beyond a manager's limits. The head of sales (owner, admin) sees
 * every request and decides; anybody else follows their own and may withdraw one still waiting. A mail's
 * link opens the page on its request (`?approval=`), highlighted.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { claims, user } = useActiveSession();
  const queryClient = useQueryClient();
  const headOfSales = decidesApprovals(claims.role);
  const words = useActionWords();
  const refusalText = useRefusalText();
  const [params] = useSearchParams();
  const highlighted = params.get('approval');
  const [state, setState] = useState<'pending' | 'closed'>('pending');
  const [deciding, setDeciding] = useState<{ approval: Approval; decision: 'approve' | 'reject' } | null>(null);
  const [withdrawing, setWithdrawing] = useState<Approval | null>(null);
  const scope = headOfSales ? ({ kind: 'all' } as const) : ({ kind: 'mine', uid: user.uid } as const);
  const approvals = useInfiniteQuery(approvalsPageOptions(tenant.tenantId, { scope, state }));
  const rows = approvals.data?.pages.flatMap((page) => page.approvals) ?? [];
  const withdraw = useMutation({
    mutationFn: (approvalId: string) => withdrawApproval(approvalId),
    onSuccess: async () => {
      notifySuccess(t('approvals.withdraw.done'));
      await queryClient.invalidateQueries({ queryKey: approvalKeys.all(tenant.tenantId) });
      setWithdrawing(null);
    },
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('approvals.page.title')}
        description={t(headOfSales ? 'approvals.page.descriptionHead' : 'approvals.page.descriptionMine')}
        actions={
          <SegmentedControl
            aria-label={t('approvals.page.stateFilter')}
            value={state}
            onChange={(value) => setState(value as 'pending' | 'closed')}
            data={[
              { value: 'pending', label: t('approvals.page.pending') },
              { value: 'closed', label: t('approvals.page.closed') },
            ]}
          />
        }
      />
      <Card withBorder radius="lg" p="lg">
        {approvals.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} />
            ))}
          </Stack>
        ) : approvals.isError ? (
          <Alert color="red">{describeError(t, approvals.error)}</Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconChecks size={28} />}
            title={t(state === 'pending' ? 'approvals.page.emptyPendingTitle' : 'approvals.page.emptyClosedTitle')}
            description={t(headOfSales ? 'approvals.page.emptyHeadText' : 'approvals.page.emptyMineText')}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('approvals.page.request')}</Table.Th>
                    <Table.Th>{t('approvals.page.requestedBy')}</Table.Th>
                    <Table.Th>{t('approvals.page.status')}</Table.Th>
                    <Table.Th aria-label={t('approvals.page.actions')} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((approval) => (
                    <Table.Tr
                      key={approval.id}
                      data-testid={`approval-row-${approval.id}`}
                      bg={approval.id === highlighted ? 'var(--mantine-color-yellow-light)' : undefined}
                    >
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {t('approvals.page.unit', { number: approval.unitNumber, project: approval.projectName })}
                        </Text>
                        <Text size="sm">{words(approval)}</Text>
                        <Text size="xs" c="dimmed">
                          {t('approvals.page.reason', { reason: approval.reason })}
                        </Text>
                        {approval.decisionNote && (
                          <Text size="xs" c="dimmed">
                            {t('approvals.page.note', { note: approval.decisionNote })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{approval.requestedByName}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(approval.requestedAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOURS[approval.status]} variant="light">
                          {t(`approvals.statuses.${approval.status}`)}
                        </Badge>
                        {approval.outcome === 'not-applicable' && (
                          <Text size="xs" c="dimmed">
                            {t('approvals.page.notApplicable')}
                          </Text>
                        )}
                        {approval.decidedByName && approval.decidedAt && (
                          <Text size="xs" c="dimmed">
                            {t('approvals.page.decidedBy', {
                              name: approval.decidedByName,
                              at: formatDateTime(approval.decidedAt),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {approval.status === 'pending' && (
                          <Group gap="xs" justify="flex-end" wrap="nowrap">
                            {headOfSales && (
                              <>
                                <Button
                                  size="xs"
                                  color="teal"
                                  onClick={() => setDeciding({ approval, decision: 'approve' })}
                                  data-testid="approval-approve"
                                >
                                  {t('approvals.page.approve')}
                                </Button>
                                <Button
                                  size="xs"
                                  variant="light"
                                  color="red"
                                  onClick={() => setDeciding({ approval, decision: 'reject' })}
                                  data-testid="approval-reject"
                                >
                                  {t('approvals.page.reject')}
                                </Button>
                              </>
                            )}
                            {approval.requestedBy === user.uid && (
                              <Button size="xs" variant="default" onClick={() => setWithdrawing(approval)}>
                                {t('approvals.page.withdraw')}
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {approvals.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={approvals.isFetchingNextPage}
                  onClick={() => void approvals.fetchNextPage()}
                >
                  {t('approvals.page.more')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Card>
      <DecideModal
        approval={deciding?.approval ?? null}
        decision={deciding?.decision ?? 'approve'}
        onClose={() => setDeciding(null)}
      />
      <ConfirmModal
        opened={withdrawing !== null}
        title={t('approvals.withdraw.title')}
        message={withdrawing ? t('approvals.withdraw.message', { action: words(withdrawing) }) : ''}
        confirmLabel={t('approvals.page.withdraw')}
        danger
        loading={withdraw.isPending}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing.id)}
        onClose={() => setWithdrawing(null)}
      >
        {withdraw.isError && <Alert color="orange">{refusalText(withdrawApprovalContract, withdraw.error)}</Alert>}
      </ConfirmModal>
    </Stack>
  );
}
