import { AGREEMENT_STATUSES, type AgreementStatus } from '@estate/domain';
import { Button, Card, Group, SegmentedControl, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { PageHeader } from '../../../ui/page-header';
import { useMoney } from '../../tenancy';
import { agreementsPageOptions } from '../queries/agreements.queries';
import { AgreementStatusBadge } from './agreement-status.badge';
import { GenerateAgreementModal } from './generate-agreement.modal';

type Filter = AgreementStatus | 'all';

/** `/agreements`: the developer's agreements (ДДУ, ДКП, ДУПТ), a page at a time, by status. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const money = useMoney();
  const [filter, setFilter] = useState<Filter>('all');
  const [generating, setGenerating] = useState(false);
  const agreements = useInfiniteQuery(agreementsPageOptions(tenantId, filter === 'all' ? null : filter));
  const rows = agreements.data?.pages.flatMap((page) => page.agreements) ?? [];

  const generateButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setGenerating(true)}>
      {t('agreements.generate.open')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('agreements.page.title')}
        description={t('agreements.page.description')}
        actions={generateButton}
      />
      <Card withBorder radius="lg" p="lg">
        <SegmentedControl
          mb="md"
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          aria-label={t('agreements.page.filter')}
          data={[
            { value: 'all', label: t('agreements.page.all') },
            ...AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`agreements.statuses.${status}`) })),
          ]}
        />
        {agreements.isPending ? (
          <Stack gap="sm">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={32} />
            ))}
          </Stack>
        ) : agreements.isError ? (
          <Text c="red">{describeError(t, agreements.error)}</Text>
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<IconFileText size={28} />}
            title={filter === 'all' ? t('agreements.page.emptyTitle') : t('agreements.page.emptyFiltered')}
            description={t('agreements.page.emptyText')}
            action={filter === 'all' ? generateButton : undefined}
          />
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="agreements-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agreements.fields.agreement')}</Table.Th>
                    <Table.Th>{t('agreements.fields.client')}</Table.Th>
                    <Table.Th>{t('agreements.fields.price')}</Table.Th>
                    <Table.Th>{t('agreements.fields.signatory')}</Table.Th>
                    <Table.Th>{t('agreements.fields.status')}</Table.Th>
                    <Table.Th>{t('agreements.fields.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((agreement) => (
                    <Table.Tr key={agreement.id}>
                      <Table.Td>
                        <Text component={Link} to={`/agreements/${agreement.id}`} fw={600} size="sm" c="blue">
                          {t(`agreements.kinds.${agreement.kind}`)} ·{' '}
                          {t('agreements.fields.unit', { number: agreement.unitNumber })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{agreement.contactName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{money(agreement.price)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{agreement.signatory.name}</Text>
                      </Table.Td>
                      <Table.Td>
                        <AgreementStatusBadge status={agreement.status} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDateTime(agreement.updatedAt)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {agreements.hasNextPage ? (
              <Group justify="center">
                <Button
                  variant="default"
                  loading={agreements.isFetchingNextPage}
                  onClick={() => void agreements.fetchNextPage()}
                >
                  {t('agreements.page.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </Card>
      <GenerateAgreementModal opened={generating} onClose={() => setGenerating(false)} />
    </>
  );
}
