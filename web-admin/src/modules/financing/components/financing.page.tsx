import { BANK_STATUSES, FINANCING_KINDS, financingReportTable, type BankStatus } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, Select, Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconBuildingBank, IconChartBar, IconList, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { useMoney } from '../../tenancy';
import { applicationsPageOptions, financingReportOptions } from '../queries/financing.queries';
import { ApplicationFormModal } from './application-form.modal';
import { FinancingReport } from './financing-report';
import { BankStatusBadge, formatDay } from './financing-ui';

const ALL = 'all';
type Tab = 'applications' | 'report';

/**
 * `/financing`: the tenant's mortgage and consumer-credit applications, latest first, filtered by kind,
 * bank and status, a page at a time; and the report of bank lines by bank and status. Filters and the
 * tab live in the address, so a count in the report opens the matching list.
 */
export function FinancingPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const money = useMoney();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const tab: Tab = params.get('tab') === 'report' ? 'report' : 'applications';
  const kindParam = params.get('kind');
  const statusParam = params.get('status');
  const kind = FINANCING_KINDS.find((value) => value === kindParam) ?? null;
  const status = BANK_STATUSES.find((value) => value === statusParam) ?? null;
  const bank = params.get('bank') || null;
  const filters = { kind, status, bank };
  const applications = useInfiniteQuery(applicationsPageOptions(tenant.tenantId, filters));
  const report = useQuery(financingReportOptions(tenant.tenantId));
  const banks = financingReportTable(report.data?.rows ?? [], null).map((row) => row.bank);
  const rows = applications.data?.pages.flatMap((page) => page.applications) ?? [];
  const filtered = kind !== null || status !== null || bank !== null;

  const setParam = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('financing.list.title')}
        description={t('financing.list.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="financing-new">
            {t('financing.list.new')}
          </Button>
        }
      />
      <Tabs value={tab} onChange={(value) => setParam({ tab: value === 'report' ? 'report' : null })}>
        <Tabs.List>
          <Tabs.Tab value="applications" leftSection={<IconList size={16} />}>
            {t('financing.list.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="report" leftSection={<IconChartBar size={16} />} data-testid="financing-report-tab">
            {t('financing.report.tab')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'report' ? (
        <FinancingReport
          onPick={(pickedBank, pickedStatus) =>
            setParam({ tab: null, bank: pickedBank, status: pickedStatus, kind: null })
          }
        />
      ) : (
        <>
          <Group gap="sm" wrap="wrap">
            <Select
              aria-label={t('financing.list.kindFilter')}
              value={kind ?? ALL}
              onChange={(value) => setParam({ kind: !value || value === ALL ? null : value })}
              data={[
                { value: ALL, label: t('financing.list.allKinds') },
                ...FINANCING_KINDS.map((value) => ({ value, label: t(`financing.kinds.${value}`) })),
              ]}
              allowDeselect={false}
              w={220}
            />
            <Select
              aria-label={t('financing.list.bankFilter')}
              value={bank ?? ALL}
              onChange={(value) => setParam({ bank: !value || value === ALL ? null : value })}
              data={[
                { value: ALL, label: t('financing.list.allBanks') },
                ...[...new Set([...banks, ...(bank ? [bank] : [])])].map((value) => ({ value, label: value })),
              ]}
              searchable
              allowDeselect={false}
              w={220}
            />
            <Select
              aria-label={t('financing.list.statusFilter')}
              value={status ?? ALL}
              onChange={(value) => setParam({ status: !value || value === ALL ? null : (value as BankStatus) })}
              data={[
                { value: ALL, label: t('financing.list.allStatuses') },
                ...BANK_STATUSES.map((value) => ({ value, label: t(`financing.statuses.${value}`) })),
              ]}
              allowDeselect={false}
              w={220}
            />
            {filtered && (
              <Button variant="subtle" onClick={() => setParam({ kind: null, bank: null, status: null })}>
                {t('financing.list.clearFilters')}
              </Button>
            )}
          </Group>
          {status && (
            <Text size="xs" c="dimmed">
              {bank
                ? t('financing.list.filterBankStatus', { bank, status: t(`financing.statuses.${status}`) })
                : t('financing.list.filterStatus', { status: t(`financing.statuses.${status}`) })}
            </Text>
          )}
          <Card withBorder radius="lg" p="lg">
            {applications.isPending ? (
              <Stack gap="sm">
                {[0, 1, 2].map((row) => (
                  <Skeleton key={row} height={40} />
                ))}
              </Stack>
            ) : applications.isError ? (
              <Alert color="red">{describeError(t, applications.error)}</Alert>
            ) : rows.length === 0 ? (
              <EmptyState
                icon={<IconBuildingBank size={28} />}
                title={t(filtered ? 'financing.list.noMatchTitle' : 'financing.list.emptyTitle')}
                description={t(filtered ? 'financing.list.noMatchText' : 'financing.list.emptyText')}
              />
            ) : (
              <Stack gap="md">
                <Table.ScrollContainer minWidth={820}>
                  <Table highlightOnHover verticalSpacing="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('financing.fields.client')}</Table.Th>
                        <Table.Th>{t('financing.fields.kind')}</Table.Th>
                        <Table.Th>{t('financing.fields.unit')}</Table.Th>
                        <Table.Th ta="right">{t('financing.fields.amountRequested')}</Table.Th>
                        <Table.Th>{t('financing.form.banks')}</Table.Th>
                        <Table.Th>{t('financing.fields.status')}</Table.Th>
                        <Table.Th>{t('financing.fields.updatedAt')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((application) => (
                        <Table.Tr key={application.id} data-testid={`financing-row-${application.id}`}>
                          <Table.Td>
                            <Anchor component={Link} to={`/financing/${application.id}`} fw={600}>
                              {application.contactName}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{t(`financing.kinds.${application.kind}`)}</Table.Td>
                          <Table.Td>
                            {application.unitNumber
                              ? t('financing.page.unitNumber', { number: application.unitNumber })
                              : '—'}
                          </Table.Td>
                          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                            {money(application.amountRequested)}
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={2}>
                              {application.banks.map((line) => (
                                <Group key={line.id} gap={6} wrap="nowrap">
                                  <Text size="xs">{line.bank}</Text>
                                  <BankStatusBadge status={line.status} />
                                </Group>
                              ))}
                            </Stack>
                          </Table.Td>
                          <Table.Td>
                            <BankStatusBadge status={application.status} />
                          </Table.Td>
                          <Table.Td>{formatDay(application.updatedAt)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {applications.hasNextPage && (
                  <Group justify="center">
                    <Button
                      variant="default"
                      loading={applications.isFetchingNextPage}
                      onClick={() => void applications.fetchNextPage()}
                    >
                      {t('financing.list.loadMore')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </Card>
        </>
      )}
      {creating && (
        <ApplicationFormModal
          opened={creating}
          onClose={() => setCreating(false)}
          application={null}
          onSaved={(applicationId) => void navigate(`/financing/${applicationId}`)}
        />
      )}
    </Stack>
  );
}
