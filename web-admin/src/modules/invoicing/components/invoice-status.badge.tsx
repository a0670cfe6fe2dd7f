import { amountDueCents, type Invoice } from '@estate/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = {
  draft: 'gray',
  validated: 'blue',
  sent: 'blue',
  paid: 'green',
  cancelled: 'red',
  overdue: 'orange',
} as const;

/** Where an invoice stands: a draft, owed (overdue once its due day passed), paid or cancelled. */
function invoiceStanding(
  invoice: Pick<Invoice, 'status' | 'dueAt' | 'totals' | 'paidCents' | 'creditedCents'>,
  now = new Date(),
): keyof typeof COLOURS {
  const owed = invoice.status === 'validated' || invoice.status === 'sent';
  if (owed && invoice.dueAt && invoice.dueAt.getTime() < now.getTime() && amountDueCents(invoice) > 0) return 'overdue';
  return invoice.status;
}

export function InvoiceStatusBadge({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const standing = invoiceStanding(invoice);
  return (
    <Badge color={COLOURS[standing]} variant="light" data-testid="invoice-status">
      {t(`invoicing.statuses.${standing}`)}
    </Badge>
  );
}
