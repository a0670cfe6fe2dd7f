import type { Deal } from '@estate/domain';
import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { useCents } from '../../tenancy';
import { dealInvoicesOptions } from '../queries/invoicing.queries';
import { InvoiceEditorModal } from './invoice-editor.modal';
import { InvoiceStatusBadge } from './invoice-status.badge';

/** A deal's invoices (owner and admin) and the fee invoice to draft from its figures. */
export function DealInvoicesSection({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const navigate = useNavigate();
  const [drafting, setDrafting] = useState(false);
  const invoices = useQuery(dealInvoicesOptions(tenant.tenantId, deal.id));
  const open = (invoiceId: string) => void navigate(`/invoices?invoice=${encodeURIComponent(invoiceId)}`);
  return (
    <Stack gap="xs" data-testid="deal-invoices">
      {invoices.isPending ? (
        <Loader size="xs" />
      ) : invoices.isError ? (
        <Alert color="red">{describeError(t, invoices.error)}</Alert>
      ) : invoices.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invoicing.deal.none')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {invoices.data.map((invoice) => (
              <Table.Tr
                key={invoice.id}
                style={{ cursor: 'pointer' }}
                onClick={() => open(invoice.id)}
                data-testid="deal-invoice"
              >
                <Table.Td>{invoice.number ?? t('invoicing.draft')}</Table.Td>
                <Table.Td>{invoice.customer.name}</Table.Td>
                <Table.Td ta="right">{cents(invoice.totals.grossCents)}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge invoice={invoice} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {deal.stage !== 'cancelled' ? (
        <Group>
          <Button
            variant="light"
            leftSection={<IconFileInvoice size={16} />}
            onClick={() => setDrafting(true)}
            data-testid="deal-invoice-fees"
          >
            {t('invoicing.deal.invoiceFees')}
          </Button>
        </Group>
      ) : null}
      <InvoiceEditorModal opened={drafting} onClose={() => setDrafting(false)} deal={deal} onSaved={open} />
    </Stack>
  );
}
