import { isPromotionRunning, type InstalmentPlan, type Promotion } from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDiscount2, IconDots, IconPencil, IconPlayerStop, IconPlus, IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { PageHeader } from '../../../ui/page-header';
import { useActiveSession } from '../../session';
import { deletePlan, deletePromotion, endPromotion } from '../data/promotions.repository';
import { plansOptions, promotionKeys, promotionsPageOptions } from '../queries/promotions.queries';
import { PlanFormModal } from './plan-form.modal';
import { PromotionFormModal } from './promotion-form.modal';
import { useDescribeDiscount } from './use-describe-discount';

type Editing<T> = { item: T | null } | null;
type Pending =
  | { kind: 'end'; promotion: Promotion }
  | { kind: 'delete'; promotion: Promotion }
  | { kind: 'delete-plan'; plan: InstalmentPlan }
  | null;

const dateFormat = () => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' });

function StatusBadge({ promotion, now }: { promotion: Promotion; now: Date }) {
  const { t } = useTranslation();
  if (promotion.endedAt && promotion.endedAt <= now) return <Badge color="gray">{t('promotions.status.ended')}</Badge>;
  if (isPromotionRunning(promotion, now)) return <Badge color="teal">{t('promotions.status.running')}</Badge>;
  if (promotion.validFrom > now) return <Badge color="blue">{t('promotions.status.upcoming')}</Badge>;
  return <Badge color="gray">{t('promotions.status.over')}</Badge>;
}

/** `/promotions`: a developer's promotions (a page at a time) and instalment plans. */
export function PromotionsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { claims } = useActiveSession();
  const canEdit = claims.role === 'owner' || claims.role === 'admin' || claims.role === 'manager';
  const queryClient = useQueryClient();
  const promotions = useInfiniteQuery(promotionsPageOptions(tenantId));
  const plans = useQuery(plansOptions(tenantId));
  const describe = useDescribeDiscount();
  const [editing, setEditing] = useState<Editing<Promotion>>(null);
  const [editingPlan, setEditingPlan] = useState<Editing<InstalmentPlan>>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [working, setWorking] = useState(false);
  const rows = promotions.data?.pages.flatMap((page) => page.promotions) ?? [];
  const now = new Date();
  const format = dateFormat();
  const planName = (id: string) => plans.data?.find((plan) => plan.id === id)?.name ?? t('promotions.unknownPlan');

  const confirm = async () => {
    if (!pending) return;
    setWorking(true);
    try {
      if (pending.kind === 'end') await endPromotion(tenantId, pending.promotion.id);
      if (pending.kind === 'delete') await deletePromotion(tenantId, pending.promotion.id);
      if (pending.kind === 'delete-plan') await deletePlan(tenantId, pending.plan.id);
      await queryClient.invalidateQueries({
        queryKey: pending.kind === 'delete-plan' ? promotionKeys.plans(tenantId) : promotionKeys.all(tenantId),
      });
      notifySuccess(t(`promotions.done.${pending.kind}`));
      setPending(null);
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('promotions.title')}
        description={t('promotions.description')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ item: null })}>
              {t('promotions.new')}
            </Button>
          ) : null
        }
      />
      <Card withBorder radius="lg" p="lg">
        {promotions.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} />
            ))}
          </Stack>
        ) : promotions.isError ? (
          <Alert color="red">{describeError(t, promotions.error)}</Alert>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconDiscount2 size={28} />}
            title={t('promotions.emptyTitle')}
            description={t('promotions.emptyText')}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm" data-testid="promotions-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('promotions.fields.name')}</Table.Th>
                    <Table.Th>{t('promotions.fields.discount')}</Table.Th>
                    <Table.Th>{t('promotions.period')}</Table.Th>
                    <Table.Th>{t('promotions.fields.planIds')}</Table.Th>
                    <Table.Th>{t('promotions.statusLabel')}</Table.Th>
                    {canEdit ? <Table.Th aria-label={t('promotions.actions')} /> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((promotion) => (
                    <Table.Tr key={promotion.id} data-testid={`promotion-row-${promotion.id}`}>
                      <Table.Td>
                        <Text fw={600}>{promotion.name}</Text>
                        {promotion.description ? (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {promotion.description}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{describe(promotion.discount)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {format.format(promotion.validFrom)} – {format.format(promotion.validUntil)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {promotion.planIds.length === 0
                            ? t('promotions.fullPaymentOnly')
                            : promotion.planIds.map(planName).join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge promotion={promotion} now={now} />
                      </Table.Td>
                      {canEdit ? (
                        <Table.Td>
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('promotions.actionsFor', { name: promotion.name })}
                              >
                                <IconDots size={18} />
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item
                                leftSection={<IconPencil size={16} />}
                                onClick={() => setEditing({ item: promotion })}
                              >
                                {t('promotions.edit')}
                              </Menu.Item>
                              {isPromotionRunning(promotion, now) ? (
                                <Menu.Item
                                  leftSection={<IconPlayerStop size={16} />}
                                  onClick={() => setPending({ kind: 'end', promotion })}
                                >
                                  {t('promotions.end')}
                                </Menu.Item>
                              ) : null}
                              <Menu.Item
                                color="red"
                                leftSection={<IconTrash size={16} />}
                                onClick={() => setPending({ kind: 'delete', promotion })}
                              >
                                {t('promotions.delete')}
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {promotions.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={promotions.isFetchingNextPage}
                  onClick={() => void promotions.fetchNextPage()}
                >
                  {t('promotions.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </Card>

      <Card withBorder radius="lg" p="lg">
        <Group justify="space-between" mb="md">
          <div>
            <Title order={4}>{t('promotions.plans.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('promotions.plans.description')}
            </Text>
          </div>
          {canEdit ? (
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditingPlan({ item: null })}>
              {t('promotions.plans.new')}
            </Button>
          ) : null}
        </Group>
        {plans.isPending ? (
          <Skeleton height={40} />
        ) : plans.isError ? (
          <Alert color="red">{describeError(t, plans.error)}</Alert>
        ) : plans.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('promotions.plans.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="plans-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('promotions.plans.name')}</Table.Th>
                <Table.Th>{t('promotions.plans.downPaymentPercent')}</Table.Th>
                <Table.Th>{t('promotions.plans.months')}</Table.Th>
                <Table.Th>{t('promotions.plans.markupPercent')}</Table.Th>
                {canEdit ? <Table.Th aria-label={t('promotions.actions')} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>{plan.name}</Table.Td>
                  <Table.Td>{plan.downPaymentPercent} %</Table.Td>
                  <Table.Td>{plan.months}</Table.Td>
                  <Table.Td>{plan.markupPercent} %</Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('promotions.plans.editNamed', { name: plan.name })}
                          onClick={() => setEditingPlan({ item: plan })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('promotions.plans.deleteNamed', { name: plan.name })}
                          onClick={() => setPending({ kind: 'delete-plan', plan })}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      {editing ? (
        <PromotionFormModal
          promotion={editing.item}
          others={rows}
          plans={plans.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editingPlan ? <PlanFormModal plan={editingPlan.item} onClose={() => setEditingPlan(null)} /> : null}
      <ConfirmModal
        opened={pending !== null}
        title={pending ? t(`promotions.confirm.${pending.kind}.title`) : ''}
        message={
          pending
            ? t(`promotions.confirm.${pending.kind}.message`, {
                name: pending.kind === 'delete-plan' ? pending.plan.name : pending.promotion.name,
              })
            : ''
        }
        confirmLabel={pending ? t(`promotions.confirm.${pending.kind}.action`) : ''}
        danger={pending?.kind !== 'end'}
        loading={working}
        onConfirm={() => void confirm()}
        onClose={() => setPending(null)}
      />
    </Stack>
  );
}
