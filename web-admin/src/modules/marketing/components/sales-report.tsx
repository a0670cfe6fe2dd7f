import { salesReport, type Month, type ReportCounter } from '@estate/domain';
import { Table, Text } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/empty-state';
import { useMoney } from '../../tenancy';
import { monthLabel } from './month-format';
import { ReportCard } from './report-card';
import { useExport } from '../../../ui/use-export';

/** Offers paid each month per project and building: how many, for how much, and the period's total. */
export function SalesReport({
  counters,
  months,
  status,
  error,
}: {
  counters: readonly ReportCounter[];
  months: readonly Month[];
  status: 'pending' | 'error' | 'success';
  error: unknown;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const rows = useMemo(() => salesReport(counters, months).reverse(), [counters, months]);
  const total = rows.reduce((sum, row) => ({ count: sum.count + row.count, amount: sum.amount + row.amount }), {
    count: 0,
    amount: 0,
  });
  const exporter = useExport();
  const headers = [
    t('marketing.month'),
    t('marketing.project'),
    t('marketing.sales.building'),
    t('marketing.sales.count'),
    t('marketing.sales.amount'),
  ];
  const exportRows = () => [
    ...rows.map((row) => [row.month, row.projectName, row.buildingName, row.count, row.amount]),
    [t('marketing.total'), '', '', total.count, total.amount],
  ];

  return (
    <ReportCard
      title={t('marketing.sales.title')}
      description={t('marketing.sales.description')}
      status={status}
      error={error}
      empty={
        rows.length === 0 ? (
          <EmptyState
            icon={<IconBuildingSkyscraper size={28} />}
            title={t('marketing.sales.emptyTitle')}
            description={t('marketing.sales.emptyText')}
          />
        ) : null
      }
      exporting={exporter.exporting}
      onExport={() => void exporter.run(t('marketing.sales.file'), headers, exportRows())}
      exportTestId="export-sales"
    >
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" striped data-testid="sales-report">
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={header} ta={index < 3 ? undefined : 'right'}>
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.month}-${row.buildingId}`}>
                <Table.Td>{monthLabel(row.month)}</Table.Td>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {row.projectName}
                  </Text>
                </Table.Td>
                <Table.Td>{row.buildingName}</Table.Td>
                <Table.Td ta="right">{row.count}</Table.Td>
                <Table.Td ta="right">{money(row.amount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>{t('marketing.total')}</Table.Th>
              <Table.Th ta="right">{total.count}</Table.Th>
              <Table.Th ta="right">{money(total.amount)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </ReportCard>
  );
}
