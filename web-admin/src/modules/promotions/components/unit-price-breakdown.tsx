import { priceUnit, type InstalmentPlan, type PriceLine, type Promotion, type Unit } from '@estate/domain';
import { Alert, Card, Divider, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitOfferDiscount } from '../../bookings';
import { useMoney } from '../../tenancy';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { toDay } from '../forms/promotion.form';
import { plansOptions, unfinishedPromotionsOptions } from '../queries/promotions.queries';

const FULL_PAYMENT = 'full';

function LineLabel({ line }: { line: PriceLine }) {
  const { t } = useTranslation();
  switch (line.kind) {
    case 'base':
      return <Text size="sm">{t('promotions.breakdown.base')}</Text>;
    case 'discount':
      return (
        <Text size="sm">
          {line.name}
          {line.capped ? (
            <Text span size="xs" c="dimmed">
              {' '}
              · {t('promotions.breakdown.capped')}
            </Text>
          ) : null}
        </Text>
      );
    case 'refused':
      return (
        <Stack gap={0}>
          <Text size="sm" c="dimmed" td="line-through">
            {line.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`promotions.breakdown.refused.${line.reason}`, { other: line.conflictsWith?.name ?? '' })}
          </Text>
        </Stack>
      );
    case 'markup':
      return <Text size="sm">{t('promotions.breakdown.markup', { name: line.name, percent: line.percent })}</Text>;
  }
}

/**
 * How a unit's final price is reached, line by line: its price, each promotion applied or refused (and
 * why), the chosen instalment plan's markup. Reads the promotions not over today (a bounded query) and
 * the plans; the manager picks a plan to see its effect.
 */
export function UnitPriceBreakdown({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const money = useMoney();
  const now = new Date();
  const promotions = useQuery(unfinishedPromotionsOptions(tenantId, toDay(now)));
  const plans = useQuery(plansOptions(tenantId));
  const [planId, setPlanId] = useState(FULL_PAYMENT);

  if (promotions.isPending || plans.isPending)
    return (
      <Card withBorder radius="lg" p="md" data-testid="unit-price-breakdown">
        <Stack gap="xs">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={24} />
          ))}
        </Stack>
      </Card>
    );
  if (promotions.isError || plans.isError)
    return (
      <Alert color="red" data-testid="unit-price-breakdown">
        {describeError(t, promotions.error ?? plans.error)}
      </Alert>
    );

  const plan: InstalmentPlan | null = plans.data.find((candidate) => candidate.id === planId) ?? null;
  const price = priceUnit(unit, promotions.data satisfies Promotion[], plan, now);

  return (
    <Card withBorder radius="lg" p="md" data-testid="unit-price-breakdown">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Text fw={600}>{t('promotions.breakdown.title')}</Text>
          <Select
            label={t('promotions.breakdown.payment')}
            value={planId}
            onChange={(value) => setPlanId(value ?? FULL_PAYMENT)}
            data={[
              { value: FULL_PAYMENT, label: t('promotions.breakdown.fullPayment') },
              ...plans.data.map((candidate) => ({ value: candidate.id, label: candidate.name })),
            ]}
            allowDeselect={false}
            w={240}
          />
        </Group>
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {price.lines.map((line, index) => (
              <Table.Tr key={index} data-testid={`price-line-${line.kind}`}>
                <Table.Td>
                  <LineLabel line={line} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {line.kind === 'refused' ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Text size="sm" c={line.amount < 0 ? 'teal' : undefined}>
                      {line.kind === 'markup' ? '+' : ''}
                      {line.kind === 'discount' ? `−${money(-line.amount)}` : money(line.amount)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Divider />
        <Group justify="space-between">
          <Text fw={700}>{t('promotions.breakdown.final')}</Text>
          <Text fw={700} data-testid="unit-final-price">
            {money(price.final)}
          </Text>
        </Group>
        {price.payment ? (
          <Text size="sm" c="dimmed" data-testid="unit-payment-schedule">
            {t('promotions.breakdown.schedule', {
              downPayment: money(price.payment.downPayment),
              months: price.payment.months,
              monthly: money(price.payment.monthly),
            })}
          </Text>
        ) : null}
        <Suspense fallback={null}>
          <UnitOfferDiscount unit={unit} />
        </Suspense>
      </Stack>
    </Card>
  );
}
