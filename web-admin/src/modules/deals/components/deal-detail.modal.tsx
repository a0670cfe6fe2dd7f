import {
  collectFeesContract,
  isTeamManager,
  recordDealStepContract,
  toCalendarDate,
  type Deal,
  type DealStepInput,
} from '@estate/domain';
import {
  Alert,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { DealInvoicesSection } from '../../invoicing';
import { useActiveSession } from '../../session';
import { useCents } from '../../tenancy';
import { collectFees, recordDealStep } from '../data/deals.repository';
import { dealKeys, dealOptions } from '../queries/deals.queries';
import { DealStageBadge } from './deal-stage.badge';
import { dealRefusalText } from './deal-refusal';

const day = (date: Date | null | undefined) => (date ? date.toLocaleDateString(undefined, { timeZone: 'UTC' }) : '—');
const isDay = (typed: string) => /^\d{4}-\d{2}-\d{2}$/.test(typed);

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** A deal: its figures, its steps to record, and its fees' collection and split. */
export function DealDetailModal({ dealId, onClose }: { dealId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const deal = useQuery({ ...dealOptions(tenant.tenantId, dealId ?? '-'), enabled: dealId !== null });
  return (
    <Modal opened={dealId !== null} onClose={onClose} size="xl" title={<Text fw={700}>{t('deals.detail.title')}</Text>}>
      {deal.isPending ? (
        <Loader size="sm" />
      ) : deal.isError ? (
        <Alert color="red">{describeError(t, deal.error)}</Alert>
      ) : deal.data ? (
        <DealDetail key={deal.data.id} deal={deal.data} />
      ) : (
        <Alert color="gray">{t('deals.detail.notFound')}</Alert>
      )}
    </Modal>
  );
}

function DealDetail({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { claims } = useActiveSession();
  const cents = useCents();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [confirmCollect, setConfirmCollect] = useState(false);
  const today = toCalendarDate(new Date());
  const [preliminaryAt, setPreliminaryAt] = useState(today);
  const [deposit, setDeposit] = useState<number>(0);
  const [conditions, setConditions] = useState('');
  const [deedAt, setDeedAt] = useState(deal.deedAt ? toCalendarDate(deal.deedAt) : today);
  const [collectedAt, setCollectedAt] = useState(today);
  const plannedDeed = deal.deedAt ? toCalendarDate(deal.deedAt) : null;
  // A refetch brings a new Date for the same day: only another day resets what was typed.
  useEffect(() => setDeedAt(plannedDeed ?? today), [plannedDeed, today]);

  const open = deal.stage !== 'cancelled' && !deal.deedSigned;
  const refresh = () => queryClient.invalidateQueries({ queryKey: dealKeys.deals(tenant.tenantId) });

  const step = async (key: string, change: DealStepInput, done: string) => {
    setBusy(key);
    setError(null);
    try {
      await recordDealStep({ dealId: deal.id, change });
      await refresh();
      notifySuccess(done);
    } catch (caught) {
      setError(dealRefusalText(t, recordDealStepContract, caught));
    } finally {
      setBusy(null);
    }
  };

  const collect = async () => {
    setBusy('collect');
    setError(null);
    try {
      await collectFees({ dealId: deal.id, collectedAt });
      await refresh();
      notifySuccess(t('deals.detail.collectedDone'));
      setConfirmCollect(false);
    } catch (caught) {
      setError(dealRefusalText(t, collectFeesContract, caught));
      setConfirmCollect(false);
    } finally {
      setBusy(null);
    }
  };

  const split = deal.split;
  return (
    <Stack gap="md" data-testid="deal-detail">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={700}>{deal.propertyTitle}</Text>
          <Text size="sm" c="dimmed">
            {t(`deals.dealTypes.${deal.dealType}`)} · {t('deals.acceptedOn', { date: day(deal.acceptedAt) })}
          </Text>
        </Stack>
        <DealStageBadge deal={deal} />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure label={t('deals.fields.buyer')}>{deal.buyerName}</Figure>
        <Figure label={t('deals.fields.seller')}>{deal.sellerName ?? '—'}</Figure>
        <Figure label={t('deals.fields.agent')}>{deal.agentName}</Figure>
        <Figure label={t('deals.fields.price')}>{cents(deal.priceCents)}</Figure>
        <Figure label={t('deals.fields.feesNet')} testId="deal-fees-net">
          {cents(deal.fees.netCents)}
        </Figure>
        <Figure label={t('deals.fields.feesGross', { rate: deal.fees.vatPercent })}>
          {cents(deal.fees.grossCents)}
        </Figure>
        <Figure label={t('deals.form.paidBy')}>{t(`deals.paidBy.${deal.fees.paidBy}`)}</Figure>
        <Figure label={t('deals.form.collectedBy')}>
          {t(`deals.collectedBy.${deal.fees.collectedBy}`)}
          {deal.notary ? ` · ${deal.notary.name}` : ''}
        </Figure>
      </SimpleGrid>
      {deal.shares.partner || deal.shares.referral || deal.shares.ambassador ? (
        <Text size="sm" c="dimmed">
          {[
            deal.shares.partner ? t('deals.detail.partner', deal.shares.partner) : null,
            deal.shares.referral ? t('deals.detail.referral', deal.shares.referral) : null,
            deal.shares.ambassador
              ? t('deals.detail.ambassador', {
                  name: deal.shares.ambassador.name,
                  reward:
                    deal.shares.ambassador.reward.kind === 'amount'
                      ? cents(deal.shares.ambassador.reward.cents)
                      : `${deal.shares.ambassador.reward.percent} %`,
                })
              : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : null}

      <Divider label={t('deals.detail.steps')} labelPosition="left" />
      <Card withBorder radius="md" p="sm">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('deals.fields.preliminary')}
            </Text>
            <Text size="sm" data-testid="deal-preliminary">
              {deal.preliminary
                ? t('deals.detail.preliminaryDone', {
                    date: day(deal.preliminary.signedAt),
                    deposit: cents(deal.preliminary.depositCents),
                  })
                : '—'}
            </Text>
          </Group>
          {deal.preliminary?.conditions ? (
            <Text size="sm" c="dimmed">
              {deal.preliminary.conditions}
            </Text>
          ) : null}
          {open && deal.dealType === 'sale' && !deal.preliminary ? (
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                type="date"
                label={t('deals.detail.signedAt')}
                value={preliminaryAt}
                onChange={(event) => setPreliminaryAt(event.currentTarget.value)}
                data-testid="deal-preliminary-at"
              />
              <NumberInput
                label={t('deals.detail.deposit')}
                value={deposit}
                onChange={(value) => setDeposit(typeof value === 'number' ? value : Number(value) || 0)}
                min={0}
                decimalScale={2}
                thousandSeparator=" "
                w={160}
                data-testid="deal-deposit"
              />
              <Textarea
                label={t('deals.detail.conditions')}
                value={conditions}
                onChange={(event) => setConditions(event.currentTarget.value)}
                autosize
                minRows={1}
                maxLength={1000}
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button
                variant="light"
                disabled={!isDay(preliminaryAt)}
                loading={busy === 'preliminary'}
                onClick={() =>
                  void step(
                    'preliminary',
                    { step: 'preliminary', preliminary: { signedAt: preliminaryAt, deposit, conditions } },
                    t('deals.detail.preliminaryRecorded'),
                  )
                }
                data-testid="deal-record-preliminary"
              >
                {t('deals.detail.recordPreliminary')}
              </Button>
            </Group>
          ) : null}
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t(`deals.detail.deed_${deal.dealType}`)}
            </Text>
            <Text size="sm" data-testid="deal-deed">
              {deal.deedAt
                ? t(deal.deedSigned ? 'deals.detail.deedSigned' : 'deals.detail.deedPlanned', {
                    date: day(deal.deedAt),
                  })
                : '—'}
            </Text>
          </Group>
          {open ? (
            <Group align="flex-end" gap="sm">
              <TextInput
                type="date"
                label={t('deals.detail.deedAt')}
                value={deedAt}
                onChange={(event) => setDeedAt(event.currentTarget.value)}
                data-testid="deal-deed-at"
              />
              <Button
                variant="default"
                disabled={!isDay(deedAt)}
                loading={busy === 'deed-planned'}
                onClick={() =>
                  void step('deed-planned', { step: 'deed-planned', deedAt }, t('deals.detail.deedPlannedDone'))
                }
                data-testid="deal-plan-deed"
              >
                {t('deals.detail.planDeed')}
              </Button>
              <Button
                variant="light"
                disabled={!isDay(deedAt)}
                loading={busy === 'deed-signed'}
                onClick={() =>
                  void step('deed-signed', { step: 'deed-signed', deedAt }, t('deals.detail.deedSignedDone'))
                }
                data-testid="deal-sign-deed"
              >
                {t('deals.detail.signDeed')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>

      <Divider label={t('deals.detail.collection')} labelPosition="left" />
      {split ? (
        <Table withTableBorder data-testid="deal-split">
          <Table.Tbody>
            {(
              [
                ['fees', split.feesCents],
                ['partner', split.partnerCents],
                ['network', split.networkCents],
                ['agentGross', split.agentGrossCents],
                ['referral', split.referralCents],
                ['ambassador', split.ambassadorCents],
                ['agent', split.agentCents],
              ] as const
            ).map(([part, amount]) => (
              <Table.Tr key={part} data-testid={`deal-split-${part}`}>
                <Table.Td>{t(`deals.split.${part}`)}</Table.Td>
                <Table.Td ta="right">{cents(amount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Caption>
            {t('deals.split.caption', {
              date: day(deal.collectedAt),
              plan: deal.planName ?? '',
              rate: split.agentRatePercent,
            })}
          </Table.Caption>
        </Table>
      ) : isTeamManager(claims.role) && deal.stage !== 'cancelled' ? (
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('deals.detail.collectedAt')}
            value={collectedAt}
            onChange={(event) => setCollectedAt(event.currentTarget.value)}
            data-testid="deal-collected-at"
          />
          <Button disabled={!isDay(collectedAt)} onClick={() => setConfirmCollect(true)} data-testid="deal-collect">
            {t('deals.detail.collect')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('deals.detail.notCollected')}
        </Text>
      )}
      {isTeamManager(claims.role) ? (
        <>
          <Divider label={t('deals.detail.invoices')} labelPosition="left" />
          <Suspense fallback={<Loader size="xs" />}>
            <DealInvoicesSection deal={deal} />
          </Suspense>
        </>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {open && !deal.collectedAt ? (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" onClick={() => setConfirmCancel(true)} data-testid="deal-cancel">
            {t('deals.detail.cancel')}
          </Button>
        </Group>
      ) : null}
      <ConfirmModal
        opened={confirmCancel}
        title={t('deals.detail.cancelTitle')}
        message={t('deals.detail.cancelMessage', { property: deal.propertyTitle })}
        confirmLabel={t('deals.detail.cancel')}
        danger
        loading={busy === 'cancel'}
        onConfirm={() =>
          void step('cancel', { step: 'cancel' }, t('deals.detail.cancelled')).then(() => setConfirmCancel(false))
        }
        onClose={() => setConfirmCancel(false)}
      />
      <ConfirmModal
        opened={confirmCollect}
        title={t('deals.detail.collectTitle')}
        message={t('deals.detail.collectMessage', { amount: cents(deal.fees.netCents), date: collectedAt })}
        confirmLabel={t('deals.detail.collect')}
        loading={busy === 'collect'}
        onConfirm={() => void collect()}
        onClose={() => setConfirmCollect(false)}
      />
    </Stack>
  );
}
