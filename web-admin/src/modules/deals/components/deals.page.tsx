import { commissionStage, DEAL_STAGES, isTeamManager, type Deal, type DealStage } from '@estate/domain';
import { Alert, Button, Card, Group, SegmentedControl, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import { useCents } from '../../tenancy';
import type { DealsFilter, DealsScope } from '../data/deals.repository';
import { dealsOptions } from '../queries/deals.queries';
import { DealDetailModal } from './deal-detail.modal';
import { DealStageBadge } from './deal-stage.badge';
import { OpenDealModal } from './open-deal.modal';

const day = (date: Date | null | undefined) => (date ? date.toLocaleDateString(undefined, { timeZone: 'UTC' }) : '—');

/**
 * `/deals`: the sold and rented properties ("Biens vendus / loués"), latest accepted first, with their
 * figures and steps. Owner and admin see every deal, an agent their own, a manager theirs or their team's.
 */
export function DealsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const cents = useCents();
  const manages = isTeamManager(claims.role);
  const [teamView, setTeamView] = useState<'mine' | 'team'>('mine');
  const [agentUid, setAgentUid] = useState<string | null>(null);
  const [stage, setStage] = useState<DealStage | null>(null);
  const [opening, setOpening] = useState(false);
  // `?deal=<id>`: a deal opened elsewhere (an accepted offer's) is shown on arrival.
  const [params, setParams] = useSearchParams();
  const shownId = params.get('deal');
  const setShownId = (dealId: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (dealId) next.set('deal', dealId);
        else next.delete('deal');
        return next;
      },
      { replace: true },
    );
  const scope = useMemo<DealsScope>(
    () =>
      manages
        ? { kind: 'all', agentUid }
        : claims.role === 'manager' && teamView === 'team'
          ? { kind: 'team', uid: user.uid }
          : { kind: 'mine', uid: user.uid },
    [manages, agentUid, claims.role, teamView, user.uid],
  );
  const filter = useMemo<DealsFilter>(() => ({ scope, stage }), [scope, stage]);
  const deals = useInfiniteQuery(dealsOptions(tenant.tenantId, filter));
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: manages });
  const rows: Deal[] = deals.data?.pages.flatMap((page) => page.deals) ?? [];

  return (
    <>
      <PageHeader
        title={t('deals.title')}
        description={t('deals.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setOpening(true)} data-testid="deal-open">
            {t('deals.open')}
          </Button>
        }
      />
      <Card withBorder radius="lg" p="md" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          {claims.role === 'manager' ? (
            <SegmentedControl
              value={teamView}
              onChange={(value) => setTeamView(value as 'mine' | 'team')}
              data={[
                { value: 'mine', label: t('deals.scope.mine') },
                { value: 'team', label: t('deals.scope.team') },
              ]}
            />
          ) : null}
          {manages ? (
            <Select
              label={t('deals.fields.agent')}
              placeholder={t('deals.any')}
              data={(members.data ?? []).map((member) => ({ value: member.uid, label: member.displayName }))}
              value={agentUid}
              onChange={setAgentUid}
              clearable
              searchable
              w={220}
            />
          ) : null}
          <Select
            label={t('deals.fields.stage')}
            placeholder={t('deals.any')}
            data={DEAL_STAGES.map((value) => ({ value, label: t(`deals.stages.${value}`) }))}
            value={stage}
            onChange={(value) => setStage(value as DealStage | null)}
            clearable
            w={200}
            data-testid="deals-filter-stage"
          />
        </Group>
      </Card>
      {deals.isError ? (
        <Alert color="red">{describeError(t, deals.error)}</Alert>
      ) : deals.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconCash size={28} />}
          title={t('deals.emptyTitle')}
          description={t('deals.emptyDescription')}
        />
      ) : (
        <Card withBorder radius="lg" p={0}>
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover data-testid="deals-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('deals.fields.property')}</Table.Th>
                  <Table.Th>{t('deals.fields.buyer')}</Table.Th>
                  <Table.Th>{t('deals.fields.price')}</Table.Th>
                  <Table.Th>{t('deals.fields.fees')}</Table.Th>
                  <Table.Th>{t('deals.fields.preliminary')}</Table.Th>
                  <Table.Th>{t('deals.fields.deed')}</Table.Th>
                  <Table.Th>{t('deals.fields.agent')}</Table.Th>
                  <Table.Th>{t('deals.fields.commission')}</Table.Th>
                  <Table.Th>{t('deals.fields.stage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((deal) => (
                  <Table.Tr
                    key={deal.id}
                    data-testid="deal-row"
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => setShownId(deal.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') setShownId(deal.id);
                    }}
                  >
                    <Table.Td>
                      <Link to={`/properties/${deal.propertyId}`} onClick={(event) => event.stopPropagation()}>
                        {deal.propertyTitle}
                      </Link>
                      <Text size="xs" c="dimmed">
                        {t(`deals.dealTypes.${deal.dealType}`)} ·{' '}
                        {t('deals.acceptedOn', { date: day(deal.acceptedAt) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{deal.buyerName}</Table.Td>
                    <Table.Td>{cents(deal.priceCents)}</Table.Td>
                    <Table.Td>
                      {cents(deal.fees.netCents)}
                      <Text size="xs" c="dimmed">
                        {t('deals.gross', { amount: cents(deal.fees.grossCents) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>{day(deal.preliminary?.signedAt)}</Table.Td>
                    <Table.Td>
                      {day(deal.deedAt)}
                      {deal.deedAt && !deal.deedSigned ? (
                        <Text size="xs" c="dimmed">
                          {t('deals.planned')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{deal.agentName}</Table.Td>
                    <Table.Td data-testid="deal-commission">
                      <CommissionCell deal={deal} />
                    </Table.Td>
                    <Table.Td>
                      <DealStageBadge deal={deal} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {deals.hasNextPage ? (
            <Group justify="center" p="md">
              <Button variant="subtle" onClick={() => void deals.fetchNextPage()} loading={deals.isFetchingNextPage}>
                {t('deals.more')}
              </Button>
            </Group>
          ) : null}
        </Card>
      )}
      <OpenDealModal opened={opening} onClose={() => setOpening(false)} onOpened={(dealId) => setShownId(dealId)} />
      <DealDetailModal dealId={shownId} onClose={() => setShownId(null)} />
    </>
  );
}

/** The agent's commission on a deal and where it stands: in progress, due, on a commission invoice. */
function CommissionCell({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const cents = useCents();
  const stage = commissionStage(deal);
  if (stage === null) return <Text c="dimmed">—</Text>;
  return (
    <>
      {deal.split ? cents(deal.split.agentCents) : null}
      <Text size="xs" c={stage === 'due' ? 'orange' : 'dimmed'}>
        {t(`deals.commissionStages.${stage}`)}
      </Text>
    </>
  );
}
