import { REPORTED_RESERVATION_STATUSES, reservationReport, type Month, type ReportCounter } from '@estate/domain';
import { Table, Text } from '@mantine/core';
import { IconCalendarClock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/empty-state';
import { monthLabel } from './month-format';
import { ReportCard } from './report-card';
import { useExport } from '../../../ui/use-export';

/** Reservations made each month per project, by the status they have now (active, expired, converted…). */
export function ReservationReport({
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
  const rows = useMemo(() => reservationReport(counters, months).reverse(), [counters, months]);
  const exporter = useExport();
  const headers = [
    t('marketing.month'),
    t('marketing.project'),
    ...REPORTED_RESERVATION_STATUSES.map((one) => t(`marketing.reservations.statuses.${one}`)),
    t('marketing.total'),
  ];
  const exportRows = () =>
    rows.map((row) => [row.month, row.projectName, ...REPORTED_RESERVATION_STATUSES.map((one) => row[one]), row.total]);

  return (
    <ReportCard
      title={t('marketing.reservations.title')}
      description={t('marketing.reservations.description')}
      status={status}
      error={error}
      empty={
        rows.length === 0 ? (
          <EmptyState
            icon={<IconCalendarClock size={28} />}
            title={t('marketing.reservations.emptyTitle')}
            description={t('marketing.reservations.emptyText')}
          />
        ) : null
      }
      exporting={exporter.exporting}
      onExport={() => void exporter.run(t('marketing.reservations.file'), headers, exportRows())}
      exportTestId="export-reservations"
    >
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" striped data-testid="reservation-report">
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={header} ta={index < 2 ? undefined : 'right'}>
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.month}-${row.projectId}`}>
                <Table.Td>{monthLabel(row.month)}</Table.Td>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {row.projectName}
                  </Text>
                </Table.Td>
                {REPORTED_RESERVATION_STATUSES.map((one) => (
                  <Table.Td key={one} ta="right">
                    {row[one]}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {row.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ReportCard>
  );
}
