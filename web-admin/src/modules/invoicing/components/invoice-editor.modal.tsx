import {
  draftFeeInvoiceContract,
  invoiceTotals,
  updateInvoiceDraftContract,
  type Deal,
  type Invoice,
} from '@estate/domain';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { contactOptions } from '../../contacts';
import { useCents } from '../../tenancy';
import { draftFeeInvoice, updateInvoiceDraft } from '../data/invoicing.repository';
import {
  checkDraft,
  defaultBillTo,
  EMPTY_PARTY,
  feeLineOfDeal,
  formOfInvoice,
  issuesByPath,
  linesOfForm,
  newLine,
  partyFormOfContact,
  partyFormOfNotary,
  type BillTo,
  type InvoiceDraftForm,
  type LineForm,
} from '../forms/invoice.form';
import { invoicingKeys } from '../queries/invoicing.queries';
import { invoiceFieldError, invoicingRefusalText } from './invoice-texts';
import { PartyFields } from './party-fields';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

export interface InvoiceEditorProps {
  opened: boolean;
  onClose: () => void;
  /** A new fee invoice for this deal… */
  deal?: Deal | null;
  /** …or this draft, changed. */
  invoice?: Invoice | null;
  onSaved: (invoiceId: string) => void;
}

/**
 * A fee invoice's draft: whom it bills (the deal's seller, buyer or notary office, prefilled from
 * their file and editable), its lines with VAT, and the totals as the invoice will compute them.
 * Nothing is numbered here: the draft is validated from its page.
 */
export function InvoiceEditorModal({ opened, onClose, deal = null, invoice = null, onSaved }: InvoiceEditorProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const queryClient = useQueryClient();
  const [requestId, setRequestId] = useState(newRequestId);
  const [billTo, setBillTo] = useState<BillTo>('buyer');
  const [form, setForm] = useState<InvoiceDraftForm>({ customerContactId: null, customer: EMPTY_PARTY, lines: [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dealId = deal?.id ?? invoice?.dealId ?? null;
  const billedContactId = deal
    ? billTo === 'seller'
      ? deal.sellerContactId
      : billTo === 'buyer'
        ? deal.buyerContactId
        : null
    : null;
  const contact = useQuery({
    ...contactOptions(tenant.tenantId, billedContactId ?? '-'),
    enabled: opened && billedContactId !== null,
  });

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setErrors({});
    setError(null);
    if (invoice) {
      setForm(formOfInvoice(invoice));
    } else if (deal) {
      setBillTo(defaultBillTo(deal));
      setForm({
        customerContactId: null,
        customer: EMPTY_PARTY,
        lines: [feeLineOfDeal(deal, t('invoicing.editor.feeLine', { property: deal.propertyTitle }))],
      });
    }
  }, [opened, invoice, deal, t]);

  // The billed party's identity, from their file (or the notary's as the deal names it).
  useEffect(() => {
    if (!opened || !deal) return;
    if (billTo === 'notary' && deal.notary) {
      setForm((current) => ({ ...current, customerContactId: null, customer: partyFormOfNotary(deal.notary!) }));
    } else if (contact.data && contact.data.id === billedContactId) {
      setForm((current) => ({
        ...current,
        customerContactId: contact.data!.id,
        customer: partyFormOfContact(contact.data!),
      }));
    }
  }, [opened, deal, billTo, contact.data, billedContactId]);

  const totals = useMemo(() => {
    try {
      return invoiceTotals(linesOfForm(form.lines.filter((line) => line.quantity > 0)));
    } catch {
      return null;
    }
  }, [form.lines]);

  const setLine = (key: string, change: Partial<LineForm>) =>
    setForm((current) => ({
      ...current,
      lines: current.lines.map((line) => (line.key === key ? { ...line, ...change } : line)),
    }));

  const save = async () => {
    if (!dealId) return;
    const checked = checkDraft(form, invoice?.id ?? requestId, dealId);
    if (!checked.success) {
      setErrors(issuesByPath(checked.error));
      setError(t('invoicing.editor.fixFields'));
      return;
    }
    setErrors({});
    setError(null);
    setSaving(true);
    try {
      const input = checked.data;
      const { invoiceId } = invoice
        ? await updateInvoiceDraft({ invoiceId: invoice.id, customer: input.customer, lines: input.lines })
        : await draftFeeInvoice(input);
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.invoices(tenant.tenantId) });
      notifySuccess(t('invoicing.editor.saved'));
      onClose();
      onSaved(invoiceId);
    } catch (caught) {
      setError(invoicingRefusalText(t, invoice ? updateInvoiceDraftContract : draftFeeInvoiceContract, caught));
    } finally {
      setSaving(false);
    }
  };

  const billToChoices = deal
    ? ([
        deal.sellerContactId
          ? { value: 'seller', label: t('invoicing.editor.billTo.seller', { name: deal.sellerName ?? '' }) }
          : null,
        { value: 'buyer', label: t('invoicing.editor.billTo.buyer', { name: deal.buyerName }) },
        deal.notary
          ? { value: 'notary', label: t('invoicing.editor.billTo.notary', { name: deal.notary.name }) }
          : null,
      ].filter(Boolean) as { value: BillTo; label: string }[])
    : [];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={<Text fw={700}>{t(invoice ? 'invoicing.editor.editTitle' : 'invoicing.editor.newTitle')}</Text>}
    >
      <Stack gap="sm" data-testid="invoice-editor">
        {deal ? (
          <Text size="sm" c="dimmed">
            {t('invoicing.editor.forDeal', { property: deal.propertyTitle })}
          </Text>
        ) : null}
        <Divider label={t('invoicing.editor.customer')} labelPosition="left" />
        {billToChoices.length > 1 ? (
          <SegmentedControl
            value={billTo}
            onChange={(value) => setBillTo(value as BillTo)}
            data={billToChoices}
            data-testid="invoice-bill-to"
          />
        ) : null}
        <PartyFields
          value={form.customer}
          onChange={(customer) => setForm((current) => ({ ...current, customer }))}
          errors={errors}
          prefix="customer"
          testId="invoice-customer"
        />
        <Divider label={t('invoicing.editor.lines')} labelPosition="left" />
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoicing.line.description')}</Table.Th>
                <Table.Th w={90}>{t('invoicing.line.quantity')}</Table.Th>
                <Table.Th w={140}>{t('invoicing.line.unitPrice')}</Table.Th>
                <Table.Th w={150}>{t('invoicing.line.vat')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.lines.map((line, index) => (
                <Table.Tr key={line.key} data-testid="invoice-line">
                  <Table.Td>
                    <TextInput
                      aria-label={t('invoicing.line.description')}
                      value={line.description}
                      onChange={(event) => setLine(line.key, { description: event.currentTarget.value })}
                      error={invoiceFieldError(t, errors[`lines.${index}.description`])}
                      data-testid="invoice-line-description"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('invoicing.line.quantity')}
                      value={line.quantity}
                      onChange={(value) =>
                        setLine(line.key, { quantity: typeof value === 'number' ? value : Number(value) || 0 })
                      }
                      min={0}
                      decimalScale={3}
                      error={invoiceFieldError(t, errors[`lines.${index}.quantity`])}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('invoicing.line.unitPrice')}
                      value={line.unitPrice}
                      onChange={(value) =>
                        setLine(line.key, { unitPrice: typeof value === 'number' ? value : Number(value) || 0 })
                      }
                      min={0}
                      decimalScale={2}
                      thousandSeparator=" "
                      error={invoiceFieldError(t, errors[`lines.${index}.unitPriceCents`])}
                      data-testid="invoice-line-price"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <NumberInput
                        aria-label={t('invoicing.line.vatRate')}
                        value={line.exempt ? '' : line.vatRate}
                        disabled={line.exempt}
                        onChange={(value) =>
                          setLine(line.key, { vatRate: typeof value === 'number' ? value : Number(value) || 0 })
                        }
                        min={0}
                        max={100}
                        decimalScale={2}
                        suffix=" %"
                        error={invoiceFieldError(t, errors[`lines.${index}.vat.ratePercent`])}
                      />
                      <Checkbox
                        size="xs"
                        label={t('invoicing.line.exempt')}
                        checked={line.exempt}
                        onChange={(event) => setLine(line.key, { exempt: event.currentTarget.checked })}
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('invoicing.line.remove')}
                      disabled={form.lines.length === 1}
                      onClick={() =>
                        setForm((current) => ({
                          ...current,
                          lines: current.lines.filter((one) => one.key !== line.key),
                        }))
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {form.lines.some((line) => line.exempt) ? (
          <Text size="xs" c="dimmed">
            {t('invoicing.line.exemptReason', {
              reason: form.lines.find((line) => line.exempt)?.exemptionReason ?? '',
            })}
          </Text>
        ) : null}
        <Group justify="space-between" align="flex-start">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            disabled={form.lines.length >= 100}
            onClick={() => setForm((current) => ({ ...current, lines: [...current.lines, newLine()] }))}
          >
            {t('invoicing.line.add')}
          </Button>
          {totals ? (
            <Stack gap={0} align="flex-end" data-testid="invoice-editor-totals">
              <Text size="sm">{t('invoicing.totals.net', { amount: cents(totals.netCents) })}</Text>
              <Text size="sm">{t('invoicing.totals.vat', { amount: cents(totals.vatCents) })}</Text>
              <Text fw={700}>{t('invoicing.totals.gross', { amount: cents(totals.grossCents) })}</Text>
            </Stack>
          ) : null}
        </Group>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('invoicing.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="invoice-save">
            {t('invoicing.editor.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
