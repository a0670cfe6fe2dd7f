import { BANK_STATUSES, FINANCING_KINDS, financingReportTable, type FinancingKind } from '@estate/domain';
import { Alert, Button, Card, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconChartBar, IconFileSpreadsheet } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { formatDateTime } from '../../../ui/format-date';
import { notifyError } from '../../../ui/notify';
import { financingReportOptions } from '../queries/financing.queries';
import { downloadBlob, reportXlsx } from '../../../ui/report-export';

const ALL = 'all';

/**
 * The report "applications by bank and status": how many bank lines stand at each status, per bank,
 * all kinds or one. It reads one document, which the functions keep with every change.
 */
export function FinancingReport({ onPick }: { onPick: (bank: string, status: string | null) => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const report = useQuery(financingReportOptions(tenant.tenantId));
  const [kind, setKind] = useState<FinancingKind | null>(null);
  const [exporting, setExporting] = useState(false);
  const table = financingReportTable(report.data?.rows ?? [], kind);
  const totals = BANK_STATUSES.map((status) => table.reduce((sum, row) => sum + row.counts[status], 0));
  const grandTotal = table.reduce((sum, row) => sum + row.total, 0);
  const headers = [
    t('financing.fields.bank'),
    ...BANK_STATUSES.map((status) => t(`financing.statuses.${status}`)),
    t('financing.report.total'),
  ];

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const rows = [
        ...table.map((row) => [row.bank, ...BANK_STATUSES.map((status) => row.counts[status]), row.total]),
        [t('financing.report.total'), ...totals, grandTotal],
      ];
      const blob = await reportXlsx(t('financing.report.sheet'), headers, rows, {
        totalRow: true,
        firstColumnWidth: 28,
      });
      downloadBlob(blob, `${t('financing.report.fileName')}-${new Date().toISOString().slice(0, 10)}.xlsx`);
    } catch (error) {
      notifyError(describeError(t, error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Select
            aria-label={t('financing.list.kindFilter')}
            value={kind ?? ALL}
            onChange={(value) => setKind(!value || value === ALL ? null : (value as FinancingKind))}
            data={[
              { value: ALL, label: t('financing.list.allKinds') },
              ...FINANCING_KINDS.map((value) => ({ value, label: t(`financing.kinds.${value}`) })),
            ]}
            allowDeselect={false}
            w={240}
          />
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void exportXlsx()}
            loading={exporting}
            disabled={table.length === 0}
            data-testid="financing-report-export"
          >
            {t('financing.report.export')}
          </Button>
        </Group>
        {report.isPending ? (
          <Skeleton height={160} />
        ) : report.isError ? (
          <Alert color="red">{describeError(t, report.error)}</Alert>
        ) : table.length === 0 ? (
          <EmptyState
            icon={<IconChartBar size={28} />}
            title={t('financing.report.emptyTitle')}
            description={t('financing.report.emptyText')}
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="xs" data-testid="financing-report">
                <Table.Thead>
                  <Table.Tr>
                    {headers.map((header, index) => (
                      <Table.Th key={header} ta={index === 0 ? undefined : 'right'}>
                        {header}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.map((row) => (
                    <Table.Tr key={row.bank} data-testid={`financing-report-row-${row.bank}`}>
                      <Table.Td fw={600}>{row.bank}</Table.Td>
                      {BANK_STATUSES.map((status) => (
                        <Table.Td key={status} ta="right" data-status={status}>
                          {row.counts[status] > 0 ? (
                            <Button variant="subtle" size="compact-sm" onClick={() => onPick(row.bank, status)}>
                              {row.counts[status]}
                            </Button>
                          ) : (
                            <Text span c="dimmed" size="sm">
                              0
                            </Text>
                          )}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right" fw={600}>
                        <Button variant="subtle" size="compact-sm" onClick={() => onPick(row.bank, null)}>
                          {row.total}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Td fw={700}>{t('financing.report.total')}</Table.Td>
                    {totals.map((total, index) => (
                      <Table.Td key={BANK_STATUSES[index]} ta="right" fw={700}>
                        {total}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" fw={700}>
                      {grandTotal}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('financing.report.note', { date: formatDateTime(report.data.updatedAt) })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
