import { fecFileName, fecRecords, fecText, parisMonthRange, type InvoicePayment } from '@estate/domain';
import { Alert, Anchor, Button, Card, Group, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconReceipt } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { notifyError } from '../../../ui/notify';
import { downloadBlob, reportXlsx } from '../../../ui/report-export';
import { useCents } from '../../tenancy';
import { fetchInvoicingSettings, fetchMonthInvoices, fetchMonthPayments } from '../data/invoicing.repository';
import { paymentsJournalOptions } from '../queries/invoicing.queries';
import { paymentRows, paymentsCsv, type PaymentColumns } from '../utils/payments-export';
import { localDay } from '../../../ui/format-date';

const day = (date: Date) => date.toLocaleDateString(undefined, { timeZone: 'UTC' });

/**
 * The payments journal ("Encaissements"): a month's payments, latest first, 50 at a time, with the
 * month's total once all are shown; exported whole as xlsx or CSV (read page by page, with progress).
 */
export function PaymentsJournal({ onOpenInvoice }: { onOpenInvoice: (invoiceId: string) => void }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const [month, setMonth] = useState(() => localDay().slice(0, 7));
  const [exporting, setExporting] = useState<number | null>(null);
  const valid = /^\d{4}-\d{2}$/.test(month);
  const journal = useInfiniteQuery({ ...paymentsJournalOptions(tenant.tenantId, month), enabled: valid });
  const rows: InvoicePayment[] = journal.data?.pages.flatMap((page) => page.payments) ?? [];
  const columns: PaymentColumns = {
    headers: ['date', 'invoice', 'customer', 'method', 'reference', 'amount'].map((key) =>
      t(`invoicing.journal.columns.${key}`),
    ),
    method: (method) => t(`invoicing.payments.methods.${method}`),
  };

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setExporting(0);
    try {
      const payments = await fetchMonthPayments(tenant.tenantId, month, setExporting);
      const name = `${t('invoicing.journal.fileName')}-${month}`;
      const blob =
        format === 'xlsx'
          ? await reportXlsx(name, columns.headers, paymentRows(payments, columns))
          : new Blob([paymentsCsv(payments, columns, t('invoicing.journal.total'))], {
              type: 'text/csv;charset=utf-8',
            });
      downloadBlob(blob, `${name}.${format}`);
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setExporting(null);
    }
  };

  /** The month's invoices, credit notes and payments as accounting entries, in the FEC's form. */
  const exportFec = async () => {
    setExporting(0);
    try {
      const settings = await fetchInvoicingSettings(tenant.tenantId);
      const invoices = await fetchMonthInvoices(tenant.tenantId, month, setExporting);
      const payments = await fetchMonthPayments(tenant.tenantId, month, (count) =>
        setExporting(invoices.length + count),
      );
      const text = fecText(fecRecords(invoices, payments));
      const siren = settings?.issuer.siren ?? '000000000';
      downloadBlob(
        new Blob([text], { type: 'text/plain;charset=utf-8' }),
        fecFileName(siren, parisMonthRange(month).lastDay),
      );
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setExporting(null);
    }
  };

  return (
    <Stack gap="md" data-testid="payments-journal">
      <Card withBorder radius="lg" p="md">
        <Group justify="space-between" align="flex-end">
          <TextInput
            type="month"
            label={t('invoicing.journal.month')}
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
            w={200}
            data-testid="payments-month"
          />
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconDownload size={16} />}
              loading={exporting !== null}
              disabled={!valid || rows.length === 0}
              onClick={() => void exportAs('xlsx')}
              data-testid="payments-export-xlsx"
            >
              {t('invoicing.journal.exportXlsx')}
            </Button>
            <Button
              variant="default"
              disabled={!valid || rows.length === 0 || exporting !== null}
              onClick={() => void exportAs('csv')}
              data-testid="payments-export-csv"
            >
              {t('invoicing.journal.exportCsv')}
            </Button>
            <Button
              variant="default"
              disabled={!valid || exporting !== null}
              onClick={() => void exportFec()}
              title={t('invoicing.journal.exportFecHint')}
              data-testid="payments-export-fec"
            >
              {t('invoicing.journal.exportFec')}
            </Button>
          </Group>
        </Group>
        {exporting !== null ? (
          <Text size="xs" c="dimmed" mt="xs">
            {t('invoicing.journal.exporting', { count: exporting })}
          </Text>
        ) : null}
      </Card>
      {journal.isError ? (
        <Alert color="red">{describeError(t, journal.error)}</Alert>
      ) : journal.isPending && valid ? (
        <Stack gap="sm">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} />
          ))}
        </Stack>
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconReceipt size={28} />}
          title={t('invoicing.journal.emptyTitle')}
          description={t('invoicing.journal.emptyDescription')}
        />
      ) : (
        <Card withBorder radius="lg" p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="payments-table">
              <Table.Thead>
                <Table.Tr>
                  {columns.headers.map((header, index) => (
                    <Table.Th key={header} ta={index === 5 ? 'right' : undefined}>
                      {header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((payment) => (
                  <Table.Tr key={payment.id} data-testid="payment-row">
                    <Table.Td>{day(payment.paidOn)}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => onOpenInvoice(payment.invoiceId)}>
                        {payment.invoiceNumber}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{payment.customerName}</Table.Td>
                    <Table.Td>{t(`invoicing.payments.methods.${payment.method}`)}</Table.Td>
                    <Table.Td>{payment.reference}</Table.Td>
                    <Table.Td ta="right">{cents(payment.amountCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {journal.hasNextPage ? (
            <Group justify="center" p="md">
              <Button
                variant="subtle"
                onClick={() => void journal.fetchNextPage()}
                loading={journal.isFetchingNextPage}
              >
                {t('invoicing.more')}
              </Button>
            </Group>
          ) : (
            <Group justify="flex-end" p="md">
              <Text fw={700} data-testid="payments-total">
                {t('invoicing.journal.monthTotal', {
                  amount: cents(rows.reduce((sum, payment) => sum + payment.amountCents, 0)),
                })}
              </Text>
            </Group>
          )}
        </Card>
      )}
    </Stack>
  );
}
