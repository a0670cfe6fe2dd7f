import {
  amountDueCents,
  isBusiness,
  isTeamManager,
  deleteInvoiceDraftContract,
  PAYMENT_METHODS,
  recordInvoicePaymentContract,
  validateInvoiceContract,
  type Invoice,
  type InvoiceParty,
  type PaymentMethod,
} from '@estate/domain';
import { DownloadRefused, fetchPrivateFile } from '@estate/web-shared/private-files';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDownload, IconMail } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { localDay } from '../../../ui/format-date';
import { ConfirmModal } from '../../../ui/confirm.modal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { downloadBlob } from '../../../ui/report-export';
import { useActiveSession } from '../../session';
import { useCents } from '../../tenancy';
import { deleteInvoiceDraft, recordInvoicePayment, validateInvoice } from '../data/invoicing.repository';
import { invoiceOptions, invoicePaymentsOptions, invoicingKeys } from '../queries/invoicing.queries';
import { CreditNoteModal } from './credit-note.modal';
import { InvoiceEditorModal } from './invoice-editor.modal';
import { InvoiceStatusBadge } from './invoice-status.badge';
import { SendInvoiceModal } from './send-invoice.modal';
import { invoicingRefusalText } from './invoice-texts';

const TRANSMISSION_COLOURS = { pending: 'dimmed', accepted: 'green', rejected: 'red', failed: 'orange' } as const;

const day = (date: Date | null | undefined) =>
  date ? date.toLocaleDateString(undefined, { timeZone: 'Europe/Paris' }) : '—';
const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);
/** While the number or the PDF is on its way (a trigger brings them), the invoice is read again this often. */
const WAITING_REFRESH_MS = 2_000;
/** How long after its PDF a business customer's invoice is watched for its transmission to the platform. */
const TRANSMISSION_WATCH_MS = 60_000;

/**
 * Whether the functions are still at work on a validated invoice: its number, its PDF, then, for a
 * business customer, its transmission (watched for a minute: a deployment without a platform sends none).
 */
function awaitsFunctions(invoice: Invoice, now = Date.now()): boolean {
  if (invoice.status === 'draft') return false;
  if (invoice.number === null || invoice.pdf === null) return true;
  if (invoice.transmission) return invoice.transmission.status === 'pending';
  return isBusiness(invoice.customer) && now - invoice.updatedAt.getTime() < TRANSMISSION_WATCH_MS;
}

/** An invoice: its parties, lines and totals; a draft's edit, deletion and validation; a numbered one's PDF and payments. */
export function InvoiceDetailModal({
  invoiceId,
  onClose,
  onOpen,
}: {
  invoiceId: string | null;
  onClose: () => void;
  /** Shows another invoice: the one a credit note corrects, or a credit note just drafted. */
  onOpen: (invoiceId: string) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const invoice = useQuery({
    ...invoiceOptions(tenant.tenantId, invoiceId ?? '-'),
    enabled: invoiceId !== null,
    refetchInterval: (query) => (query.state.data && awaitsFunctions(query.state.data) ? WAITING_REFRESH_MS : false),
  });
  return (
    <Modal
      opened={invoiceId !== null}
      onClose={onClose}
      size="xl"
      title={<Text fw={700}>{t('invoicing.detail.title')}</Text>}
    >
      {invoice.isPending ? (
        <Loader size="sm" />
      ) : invoice.isError ? (
        <Alert color="red">{describeError(t, invoice.error)}</Alert>
      ) : invoice.data ? (
        <InvoiceDetail key={invoice.data.id} invoice={invoice.data} onDeleted={onClose} onOpen={onOpen} />
      ) : (
        <Alert color="gray">{t('invoicing.detail.notFound')}</Alert>
      )}
    </Modal>
  );
}

function PartyBlock({ heading, party }: { heading: string; party: InvoiceParty }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {heading}
      </Text>
      <Text size="sm" fw={600}>
        {party.name}
      </Text>
      <Text size="sm">{party.address.street}</Text>
      <Text size="sm">
        {party.address.postalCode} {party.address.city}
        {party.address.country !== 'FR' ? ` · ${party.address.country}` : ''}
      </Text>
      {party.siren ? <Text size="xs">{t('invoicing.party.sirenShown', { siren: party.siren })}</Text> : null}
      {party.vatNumber ? <Text size="xs">{t('invoicing.party.vatShown', { vat: party.vatNumber })}</Text> : null}
    </Stack>
  );
}

function InvoiceDetail({
  invoice,
  onDeleted,
  onOpen,
}: {
  invoice: Invoice;
  onDeleted: () => void;
  onOpen: (invoiceId: string) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const manages = isTeamManager(claims.role);
  const isCommission = invoice.kind === 'commission';
  // Only a fee invoice's draft is edited: the run prepares commission drafts (validated by their agent
  // too), a credit note is drafted again. Any draft may be deleted: a commission draft frees its deals.
  const editable = manages && invoice.kind === 'fees';
  const validatable = manages || (isCommission && invoice.issuerId === user.uid);
  const cents = useCents();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [crediting, setCrediting] = useState(false);
  const [sending, setSending] = useState(false);
  const isCreditNote = invoice.kind === 'credit-note';
  const [confirm, setConfirm] = useState<'validate' | 'delete' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const due = amountDueCents(invoice);
  const [amount, setAmount] = useState<number>(due / 100);
  const [paidOn, setPaidOn] = useState(localDay);
  const [method, setMethod] = useState<PaymentMethod>('transfer');
  const [reference, setReference] = useState('');
  const [paymentId, setPaymentId] = useState(newRequestId);
  // What is left to pay is what the next payment most likely is.
  useEffect(() => setAmount(due / 100), [due]);
  const owed =
    manages &&
    !isCreditNote &&
    (invoice.status === 'validated' || invoice.status === 'sent') &&
    invoice.number !== null;
  const creditable = manages && !isCreditNote && invoice.number !== null && invoice.status !== 'cancelled';
  const payments = useQuery({
    ...invoicePaymentsOptions(tenant.tenantId, invoice.id),
    enabled: manages && invoice.number !== null && !isCreditNote,
  });

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: invoicingKeys.invoices(tenant.tenantId) }),
      queryClient.invalidateQueries({ queryKey: invoicingKeys.payments(tenant.tenantId) }),
    ]);

  const act = async (
    key: string,
    run: () => Promise<unknown>,
    done: string,
    contract: Parameters<typeof invoicingRefusalText>[1],
  ) => {
    setBusy(key);
    setError(null);
    try {
      await run();
      await refresh();
      notifySuccess(done);
      return true;
    } catch (caught) {
      setError(invoicingRefusalText(t, contract, caught));
      // A refusal often means the invoice changed meanwhile: show it as it is now.
      void refresh();
      return false;
    } finally {
      setBusy(null);
      setConfirm(null);
    }
  };

  const download = async () => {
    setBusy('download');
    try {
      const blob = await fetchPrivateFile(user, { kind: 'invoice', invoiceId: invoice.id });
      downloadBlob(blob, invoice.pdf?.fileName ?? `${invoice.number}.pdf`);
    } catch (caught) {
      notifyError(caught instanceof DownloadRefused ? t('invoicing.detail.pdfRefused') : describeError(t, caught));
    } finally {
      setBusy(null);
    }
  };

  const pay = async () => {
    const ok = await act(
      'pay',
      () =>
        recordInvoicePayment({
          requestId: paymentId,
          invoiceId: invoice.id,
          amountCents: Math.round(amount * 100),
          paidOn,
          method,
          reference,
        }),
      t('invoicing.payments.recorded'),
      recordInvoicePaymentContract,
    );
    if (ok) {
      setPaymentId(newRequestId());
      setReference('');
    }
  };

  return (
    <Stack gap="md" data-testid="invoice-detail">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={700} size="lg" data-testid="invoice-number">
            {invoice.number ?? (invoice.status === 'draft' ? t('invoicing.draft') : t('invoicing.detail.numbering'))}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`invoicing.kinds.${invoice.kind}`)}
            {invoice.issuedAt ? ` · ${t('invoicing.detail.issuedOn', { date: day(invoice.issuedAt) })}` : ''}
            {invoice.dueAt ? ` · ${t('invoicing.detail.dueOn', { date: day(invoice.dueAt) })}` : ''}
          </Text>
        </Stack>
        <InvoiceStatusBadge invoice={invoice} />
      </Group>
      {invoice.corrects ? (
        <Text size="sm">
          {t('invoicing.credit.corrects')}{' '}
          <Anchor
            component="button"
            type="button"
            onClick={() => onOpen(invoice.corrects!.invoiceId)}
            data-testid="credit-note-corrects"
          >
            {invoice.corrects.number}
          </Anchor>
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PartyBlock heading={t('invoicing.detail.issuer')} party={invoice.issuer} />
        <PartyBlock heading={t('invoicing.detail.customer')} party={invoice.customer} />
      </SimpleGrid>
      <Table withTableBorder data-testid="invoice-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoicing.line.description')}</Table.Th>
            <Table.Th ta="right">{t('invoicing.line.quantity')}</Table.Th>
            <Table.Th ta="right">{t('invoicing.line.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('invoicing.line.vat')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.lines.map((line, index) => (
            <Table.Tr key={index}>
              <Table.Td>{line.description}</Table.Td>
              <Table.Td ta="right">{line.quantity}</Table.Td>
              <Table.Td ta="right">{cents(line.unitPriceCents)}</Table.Td>
              <Table.Td ta="right">
                {line.vat.category === 'S' ? `${line.vat.ratePercent} %` : t('invoicing.line.exemptShort')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Stack gap={0} align="flex-end" data-testid="invoice-totals">
          <Text size="sm">{t('invoicing.totals.net', { amount: cents(invoice.totals.netCents) })}</Text>
          {invoice.totals.vat.map((group) => (
            <Text size="sm" key={`${group.category}${group.ratePercent}`}>
              {group.category === 'S'
                ? t('invoicing.totals.vatAt', { rate: group.ratePercent, amount: cents(group.taxCents) })
                : group.exemptionReason}
            </Text>
          ))}
          <Text fw={700}>{t('invoicing.totals.gross', { amount: cents(invoice.totals.grossCents) })}</Text>
          {invoice.creditedCents > 0 ? (
            <Text size="sm" data-testid="invoice-credited">
              {t('invoicing.totals.credited', { amount: cents(invoice.creditedCents) })}
            </Text>
          ) : null}
          {invoice.status !== 'draft' && !isCreditNote ? (
            <Text size="sm" c={due > 0 ? 'orange' : 'green'} data-testid="invoice-due">
              {t('invoicing.totals.due', { amount: cents(due) })}
            </Text>
          ) : null}
        </Stack>
      </Group>

      {invoice.status === 'draft' ? (
        <Card withBorder radius="md" p="sm">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t(isCommission ? 'invoicing.detail.commissionHelp' : 'invoicing.detail.draftHelp')}
            </Text>
            <Group justify="flex-end">
              {manages ? (
                <Button variant="subtle" color="red" onClick={() => setConfirm('delete')} data-testid="invoice-delete">
                  {t('invoicing.detail.delete')}
                </Button>
              ) : null}
              {editable ? (
                <Button variant="default" onClick={() => setEditing(true)} data-testid="invoice-edit">
                  {t('invoicing.detail.edit')}
                </Button>
              ) : null}
              {validatable ? (
                <Button onClick={() => setConfirm('validate')} data-testid="invoice-validate">
                  {t('invoicing.detail.validate')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Card>
      ) : invoice.number === null || invoice.pdf === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t(invoice.number === null ? 'invoicing.detail.numbering' : 'invoicing.detail.rendering')}
          </Text>
        </Group>
      ) : (
        <Group>
          <Button
            variant="light"
            leftSection={<IconDownload size={16} />}
            loading={busy === 'download'}
            onClick={() => void download()}
            data-testid="invoice-download"
          >
            {t('invoicing.detail.download')}
          </Button>
          {manages && !invoice.selfBilled ? (
            <Button
              variant="light"
              leftSection={<IconMail size={16} />}
              onClick={() => setSending(true)}
              data-testid="invoice-send"
            >
              {t('invoicing.send.open')}
            </Button>
          ) : null}
          {creditable ? (
            <Button variant="subtle" onClick={() => setCrediting(true)} data-testid="invoice-credit">
              {t('invoicing.credit.open')}
            </Button>
          ) : null}
          {invoice.customer.siren || invoice.customer.vatNumber ? (
            <Text size="xs" c="dimmed">
              {t('invoicing.detail.facturX')}
            </Text>
          ) : null}
          {invoice.transmission ? (
            <Text size="xs" c={TRANSMISSION_COLOURS[invoice.transmission.status]} data-testid="invoice-transmission">
              {t(`invoicing.transmission.${invoice.transmission.status}`, {
                platform: invoice.transmission.platform,
                reference: invoice.transmission.reference ?? '',
                error: invoice.transmission.error ?? '',
              })}
            </Text>
          ) : null}
        </Group>
      )}

      {invoice.sentAt ? (
        <Text size="sm" c="dimmed" data-testid="invoice-sent">
          {t('invoicing.send.sentShown', { date: day(invoice.sentAt), to: invoice.sentTo ?? '' })}
        </Text>
      ) : null}
      {manages && invoice.number !== null && !isCreditNote ? (
        <>
          <Divider label={t('invoicing.payments.title')} labelPosition="left" />
          {payments.isError ? (
            <Alert color="red">{describeError(t, payments.error)}</Alert>
          ) : payments.isPending ? (
            <Loader size="xs" />
          ) : payments.data.length > 0 ? (
            <Table data-testid="invoice-payments">
              <Table.Tbody>
                {payments.data.map((payment) => (
                  <Table.Tr key={payment.id}>
                    <Table.Td>{day(payment.paidOn)}</Table.Td>
                    <Table.Td>{t(`invoicing.payments.methods.${payment.method}`)}</Table.Td>
                    <Table.Td>{payment.reference}</Table.Td>
                    <Table.Td ta="right">{cents(payment.amountCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              {t('invoicing.payments.none')}
            </Text>
          )}
          {owed && due > 0 ? (
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NumberInput
                label={t('invoicing.payments.amount')}
                value={amount}
                onChange={(value) => setAmount(typeof value === 'number' ? value : Number(value) || 0)}
                min={0}
                max={due / 100}
                decimalScale={2}
                thousandSeparator=" "
                w={160}
                data-testid="invoice-payment-amount"
              />
              <TextInput
                type="date"
                label={t('invoicing.payments.paidOn')}
                value={paidOn}
                onChange={(event) => setPaidOn(event.currentTarget.value)}
              />
              <Select
                label={t('invoicing.payments.method')}
                data={PAYMENT_METHODS.map((value) => ({ value, label: t(`invoicing.payments.methods.${value}`) }))}
                value={method}
                onChange={(value) => setMethod((value ?? 'transfer') as PaymentMethod)}
                allowDeselect={false}
                w={170}
              />
              <TextInput
                label={t('invoicing.payments.reference')}
                value={reference}
                onChange={(event) => setReference(event.currentTarget.value)}
                maxLength={120}
                w={170}
              />
              <Button
                onClick={() => void pay()}
                loading={busy === 'pay'}
                disabled={!(amount > 0) || !/^\d{4}-\d{2}-\d{2}$/.test(paidOn)}
                data-testid="invoice-payment-record"
              >
                {t('invoicing.payments.record')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <ConfirmModal
        opened={confirm === 'validate'}
        title={t('invoicing.detail.validateTitle')}
        message={t('invoicing.detail.validateMessage', {
          amount: cents(invoice.totals.grossCents),
          customer: invoice.customer.name,
        })}
        confirmLabel={t('invoicing.detail.validate')}
        loading={busy === 'validate'}
        onConfirm={() =>
          void act(
            'validate',
            () => validateInvoice({ invoiceId: invoice.id, seenUpdatedAt: invoice.updatedAt.getTime() }),
            t('invoicing.detail.validated'),
            validateInvoiceContract,
          )
        }
        onClose={() => setConfirm(null)}
      />
      <ConfirmModal
        opened={confirm === 'delete'}
        title={t('invoicing.detail.deleteTitle')}
        message={t('invoicing.detail.deleteMessage', { customer: invoice.customer.name })}
        confirmLabel={t('invoicing.detail.delete')}
        danger
        loading={busy === 'delete'}
        onConfirm={() =>
          void act(
            'delete',
            () => deleteInvoiceDraft({ invoiceId: invoice.id }),
            t('invoicing.detail.deleted'),
            deleteInvoiceDraftContract,
          ).then((ok) => ok && onDeleted())
        }
        onClose={() => setConfirm(null)}
      />
      <CreditNoteModal invoice={invoice} opened={crediting} onClose={() => setCrediting(false)} onCreated={onOpen} />
      <SendInvoiceModal invoice={invoice} opened={sending} onClose={() => setSending(false)} />
      <InvoiceEditorModal
        opened={editing}
        onClose={() => setEditing(false)}
        invoice={invoice}
        onSaved={() => undefined}
      />
    </Stack>
  );
}
