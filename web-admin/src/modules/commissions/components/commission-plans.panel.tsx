import {
  assignCommissionPlanContract,
  commissionPlansOf,
  isCollaborator,
  PAYOUT_RHYTHMS,
  saveCommissionPlansContract,
  saveCommissionPlansInputSchema,
  type CommissionSettings,
  type PayoutRhythm,
} from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { teamMembersOptions } from '../../team';
import { assignCommissionPlan, saveCommissionPlans } from '../data/commissions.repository';
import { plansDraftOf, toSavePlansInput, type PlanDraft, type PlansDraft } from '../forms/commission-plans.form';
import { commissionAgentsOptions, commissionKeys, commissionSettingsOptions } from '../queries/commissions.queries';

const numberOf = (value: string | number) => (typeof value === 'number' ? value : Number(value) || 0);
let nextKey = 0;

/**
 * Settings › Commissions: the agency's plans (each agent's share of the fees, flat or by tiers of their
 * yearly turnover, and how often they are paid), the default plan, and each collaborator's plan.
 */
export function CommissionPlansPanel() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const settings = useQuery(commissionSettingsOptions(tenant.tenantId));
  // A new draft when the stored plans changed (saved here or elsewhere), not on every refetch.
  const stored = JSON.stringify(
    settings.data ? { plans: settings.data.plans, defaultPlanId: settings.data.defaultPlanId } : null,
  );
  const initial = useMemo(() => plansDraftOf(JSON.parse(stored) as CommissionSettings | null), [stored]);
  if (settings.isPending) return <Skeleton height={240} />;
  if (settings.isError) return <Alert color="red">{describeError(t, settings.error)}</Alert>;
  return (
    <Stack gap="md">
      <PlansCard initial={initial} />
      <TeamPlansCard />
    </Stack>
  );
}

function PlansCard({ initial }: { initial: PlansDraft }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(initial), [initial]);

  const change = (key: string, patch: Partial<PlanDraft>) =>
    setDraft((current) => ({
      ...current,
      plans: current.plans.map((plan) => (plan.key === key ? { ...plan, ...patch } : plan)),
    }));
  const add = () => {
    nextKey += 1;
    const key = `new-${nextKey}`;
    setDraft((current) => ({
      ...current,
      plans: [
        ...current.plans,
        {
          id: null,
          key,
          name: '',
          payout: 'monthly',
          kind: 'flat',
          percent: 70,
          tiers: [
            { from: 0, percent: 70 },
            { from: 40_000, percent: 80 },
          ],
        },
      ],
    }));
  };
  const remove = (key: string) =>
    setDraft((current) => ({ ...current, plans: current.plans.filter((plan) => plan.key !== key) }));

  const save = useMutation({
    mutationFn: () => saveCommissionPlans(toSavePlansInput(draft)),
    onSuccess: async () => {
      notifySuccess(t('commissions.plans.saved'));
      await queryClient.invalidateQueries({ queryKey: commissionKeys.settings(tenant.tenantId) });
    },
    onError: (caught) => {
      const refused = refusalOf(saveCommissionPlansContract, caught);
      setError(refused?.reason === 'plan-in-use' ? t('commissions.plans.inUse') : describeError(t, caught));
    },
  });
  const submit = () => {
    const parsed = saveCommissionPlansInputSchema.safeParse(toSavePlansInput(draft));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t('commissions.plans.invalid', { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' }));
      return;
    }
    setError(null);
    save.mutate();
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={4}>{t('commissions.plans.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('commissions.plans.text')}
        </Text>
        <Radio.Group
          value={draft.defaultKey}
          onChange={(defaultKey) => setDraft((current) => ({ ...current, defaultKey }))}
        >
          <Stack gap="sm">
            {draft.plans.map((plan) => (
              <Card key={plan.key} withBorder radius="md" p="md" data-testid="commission-plan">
                <Stack gap="sm">
                  <Group align="flex-end" gap="sm" wrap="wrap">
                    <TextInput
                      label={t('commissions.plans.name')}
                      value={plan.name}
                      onChange={(event) => change(plan.key, { name: event.currentTarget.value })}
                      maxLength={60}
                      w={220}
                      data-testid="commission-plan-name"
                    />
                    <Select
                      label={t('commissions.plans.payout')}
                      data={PAYOUT_RHYTHMS.map((value) => ({ value, label: t(`commissions.payout.${value}`) }))}
                      value={plan.payout}
                      onChange={(value) => value && change(plan.key, { payout: value as PayoutRhythm })}
                      allowDeselect={false}
                      w={180}
                    />
                    <SegmentedControl
                      value={plan.kind}
                      onChange={(value) => change(plan.key, { kind: value as 'flat' | 'tiers' })}
                      data={[
                        { value: 'flat', label: t('commissions.plans.flat') },
                        { value: 'tiers', label: t('commissions.plans.tiers') },
                      ]}
                    />
                    <Radio value={plan.key} label={t('commissions.plans.default')} />
                    <Tooltip label={t('commissions.plans.remove')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('commissions.plans.remove')}
                        disabled={draft.plans.length === 1 || plan.key === draft.defaultKey}
                        onClick={() => remove(plan.key)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  {plan.kind === 'flat' ? (
                    <NumberInput
                      label={t('commissions.plans.share')}
                      value={plan.percent}
                      onChange={(value) => change(plan.key, { percent: numberOf(value) })}
                      min={0}
                      max={100}
                      decimalScale={2}
                      suffix=" %"
                      w={180}
                      data-testid="commission-plan-percent"
                    />
                  ) : (
                    <Stack gap={6}>
                      {plan.tiers.map((tier, index) => (
                        <SimpleGrid key={index} cols={3} spacing="sm" maw={560}>
                          <NumberInput
                            label={index === 0 ? t('commissions.plans.from') : undefined}
                            value={tier.from}
                            disabled={index === 0}
                            onChange={(value) =>
                              change(plan.key, {
                                tiers: plan.tiers.map((one, at) =>
                                  at === index ? { ...one, from: numberOf(value) } : one,
                                ),
                              })
                            }
                            min={0}
                            thousandSeparator=" "
                          />
                          <NumberInput
                            label={index === 0 ? t('commissions.plans.share') : undefined}
                            value={tier.percent}
                            onChange={(value) =>
                              change(plan.key, {
                                tiers: plan.tiers.map((one, at) =>
                                  at === index ? { ...one, percent: numberOf(value) } : one,
                                ),
                              })
                            }
                            min={0}
                            max={100}
                            decimalScale={2}
                            suffix=" %"
                          />
                          <Group align="flex-end">
                            {index >= 2 ? (
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t('commissions.plans.removeTier')}
                                onClick={() => change(plan.key, { tiers: plan.tiers.filter((_, at) => at !== index) })}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            ) : null}
                          </Group>
                        </SimpleGrid>
                      ))}
                      <Group>
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPlus size={14} />}
                          disabled={plan.tiers.length >= 10}
                          onClick={() => {
                            const last = plan.tiers.at(-1) ?? { from: 0, percent: 70 };
                            change(plan.key, {
                              tiers: [
                                ...plan.tiers,
                                { from: last.from + 40_000, percent: Math.min(100, last.percent + 10) },
                              ],
                            });
                          }}
                        >
                          {t('commissions.plans.addTier')}
                        </Button>
                      </Group>
                    </Stack>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        </Radio.Group>
        {error ? (
          <Alert color="orange" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={add}
            disabled={draft.plans.length >= 20}
            data-testid="commission-plan-add"
          >
            {t('commissions.plans.add')}
          </Button>
          <Button onClick={submit} loading={save.isPending} data-testid="commission-plans-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function TeamPlansCard() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const settings = useQuery(commissionSettingsOptions(tenant.tenantId));
  const agents = useQuery(commissionAgentsOptions(tenant.tenantId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const { plans, defaultPlanId } = commissionPlansOf(settings.data ?? null);
  const planName = (id: string) => plans.find((plan) => plan.id === id)?.name ?? id;
  const assign = useMutation({
    mutationFn: (input: { uid: string; planId: string }) => assignCommissionPlan(input),
    onSuccess: async () => {
      notifySuccess(t('commissions.team.assigned'));
      await queryClient.invalidateQueries({ queryKey: commissionKeys.agents(tenant.tenantId) });
    },
    onError: (caught) => {
      const refused = refusalOf(assignCommissionPlanContract, caught);
      notifyError(
        refused?.reason
          ? t(`commissions.team.refusals.${refused.reason}`, { defaultValue: describeError(t, caught) })
          : describeError(t, caught),
      );
    },
  });

  const collaborators = (members.data ?? []).filter(
    (member) => member.status === 'active' && isCollaborator(member.role),
  );
  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Title order={4}>{t('commissions.team.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('commissions.team.text', { plan: planName(defaultPlanId) })}
        </Text>
        {agents.isError || members.isError ? (
          <Alert color="red">{describeError(t, agents.error ?? members.error)}</Alert>
        ) : agents.isPending || members.isPending ? (
          <Skeleton height={120} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table data-testid="commission-team">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commissions.team.member')}</Table.Th>
                  <Table.Th>{t('commissions.team.plan')}</Table.Th>
                  <Table.Th>{t('commissions.team.history')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {collaborators.map((member) => {
                  const agent = agents.data.find((one) => one.uid === member.uid);
                  return (
                    <Table.Tr key={member.uid} data-testid="commission-team-member">
                      <Table.Td>
                        <Text size="sm">{member.displayName}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`roles.${member.role ?? 'agent'}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('commissions.team.planOf', { name: member.displayName })}
                          data={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
                          value={agent?.planId ?? null}
                          placeholder={t('commissions.team.byDefault', { plan: planName(defaultPlanId) })}
                          onChange={(planId) => planId && assign.mutate({ uid: member.uid, planId })}
                          allowDeselect={false}
                          disabled={assign.isPending}
                          w={220}
                          data-testid="commission-team-plan"
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed" data-testid="commission-team-history">
                          {(agent?.history ?? [])
                            .map((entry) =>
                              t('commissions.team.since', {
                                plan: planName(entry.planId),
                                date: entry.from.toLocaleDateString(),
                              }),
                            )
                            .reverse()
                            .join(' · ') || '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
