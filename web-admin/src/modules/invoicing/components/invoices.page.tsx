import { amountDueCents, type Invoice, type InvoiceStatus } from '@estate/domain';
import { Alert, Button, Card, Group, SegmentedControl, Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { EmptyState } from '../../../ui/empty-state';
import { PageHeader } from '../../../ui/page-header';
import { useCents } from '../../tenancy';
import { invoicesOptions } from '../queries/invoicing.queries';
import { InvoiceDetailModal } from './invoice-detail.modal';
import { InvoiceStatusBadge } from './invoice-status.badge';
import { PaymentsJournal } from './payments-journal';

const day = (date: Date | null | undefined) =>
  date ? date.toLocaleDateString(undefined, { timeZone: 'Europe/Paris' }) : '—';
const FILTERS = ['all', 'draft', 'validated', 'paid', 'cancelled'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * `/invoices` (owner and admin): the agency's invoices newest first, 30 at a time, by status; a row
 * opens the invoice (`?invoice=<id>`), where drafts are validated and payments recorded.
 */
export function InvoicesPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const [params, setParams] = useSearchParams();
  const filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Filter)
    : 'all';
  const shownId = params.get('invoice');
  const view = params.get('view') === 'payments' ? 'payments' : 'invoices';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const status: InvoiceStatus | null = filter === 'all' ? null : filter;
  const invoices = useInfiniteQuery({ ...invoicesOptions(tenant.tenantId, status), enabled: view === 'invoices' });
  const rows: Invoice[] = invoices.data?.pages.flatMap((page) => page.invoices) ?? [];

  return (
    <>
      <PageHeader title={t('invoicing.title')} description={t('invoicing.description')} />
      <Tabs
        value={view}
        onChange={(value) => setParam('view', value === 'payments' ? 'payments' : null)}
        keepMounted={false}
        mb="md"
      >
        <Tabs.List>
          <Tabs.Tab value="invoices">{t('invoicing.tabs.invoices')}</Tabs.Tab>
          <Tabs.Tab value="payments" data-testid="invoices-tab-payments">
            {t('invoicing.tabs.payments')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {view === 'payments' ? (
        <PaymentsJournal onOpenInvoice={(invoiceId) => setParam('invoice', invoiceId)} />
      ) : (
        <>
          <Card withBorder radius="lg" p="md" mb="md">
            <SegmentedControl
              value={filter}
              onChange={(value) => setParam('status', value === 'all' ? null : value)}
              data={FILTERS.map((value) => ({ value, label: t(`invoicing.filters.${value}`) }))}
              data-testid="invoices-filter"
            />
          </Card>
          {invoices.isError ? (
            <Alert color="red">{describeError(t, invoices.error)}</Alert>
          ) : invoices.isPending ? (
            <Stack gap="sm">
              {[0, 1, 2].map((row) => (
                <Skeleton key={row} height={36} />
              ))}
            </Stack>
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconFileInvoice size={28} />}
              title={t(filter === 'all' ? 'invoicing.emptyTitle' : 'invoicing.emptyFilteredTitle')}
              description={t('invoicing.emptyDescription')}
              action={
                <Button component={Link} to="/deals" variant="light">
                  {t('invoicing.toDeals')}
                </Button>
              }
            />
          ) : (
            <Card withBorder radius="lg" p={0}>
              <Table.ScrollContainer minWidth={820}>
                <Table striped highlightOnHover data-testid="invoices-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('invoicing.fields.number')}</Table.Th>
                      <Table.Th>{t('invoicing.fields.customer')}</Table.Th>
                      <Table.Th>{t('invoicing.fields.date')}</Table.Th>
                      <Table.Th ta="right">{t('invoicing.fields.gross')}</Table.Th>
                      <Table.Th ta="right">{t('invoicing.fields.due')}</Table.Th>
                      <Table.Th>{t('invoicing.fields.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((invoice) => (
                      <Table.Tr
                        key={invoice.id}
                        data-testid="invoice-row"
                        style={{ cursor: 'pointer' }}
                        tabIndex={0}
                        onClick={() => setParam('invoice', invoice.id)}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') setParam('invoice', invoice.id);
                        }}
                      >
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {invoice.number ?? t('invoicing.draft')}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t(`invoicing.kinds.${invoice.kind}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{invoice.customer.name}</Table.Td>
                        <Table.Td>{day(invoice.issuedAt ?? invoice.createdAt)}</Table.Td>
                        <Table.Td ta="right">{cents(invoice.totals.grossCents)}</Table.Td>
                        <Table.Td ta="right">
                          {invoice.status === 'draft' || invoice.kind === 'credit-note'
                            ? '—'
                            : cents(amountDueCents(invoice))}
                        </Table.Td>
                        <Table.Td>
                          <InvoiceStatusBadge invoice={invoice} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {invoices.hasNextPage ? (
                <Group justify="center" p="md">
                  <Button
                    variant="subtle"
                    onClick={() => void invoices.fetchNextPage()}
                    loading={invoices.isFetchingNextPage}
                  >
                    {t('invoicing.more')}
                  </Button>
                </Group>
              ) : null}
            </Card>
          )}
        </>
      )}
      <InvoiceDetailModal
        invoiceId={shownId}
        onClose={() => setParam('invoice', null)}
        onOpen={(invoiceId) => setParam('invoice', invoiceId)}
      />
    </>
  );
}
