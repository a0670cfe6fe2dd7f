import { draftCreditNoteContract, type Invoice } from '@estate/domain';
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { useCents } from '../../tenancy';
import { draftCreditNote } from '../data/invoicing.repository';
import { invoicingKeys } from '../queries/invoicing.queries';
import { invoicingRefusalText } from './invoice-texts';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/**
 * A credit note's draft for a numbered invoice: all of what is left of it (its lines again) or an
 * amount excluding VAT at the invoice's rate. It is validated from its own page, like an invoice.
 */
export function CreditNoteModal({
  invoice,
  opened,
  onClose,
  onCreated,
}: {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
  onCreated: (creditNoteId: string) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const cents = useCents();
  const queryClient = useQueryClient();
  const firstVat = invoice.lines[0]?.vat ?? { category: 'S' as const, ratePercent: 20 };
  const whole = invoice.creditedCents === 0;
  const [scope, setScope] = useState<'whole' | 'part'>(whole ? 'whole' : 'part');
  const [description, setDescription] = useState('');
  const [net, setNet] = useState<number>(0);
  const [requestId, setRequestId] = useState(newRequestId);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setScope(whole ? 'whole' : 'part');
    setDescription(t('invoicing.credit.defaultLine', { number: invoice.number ?? '' }));
    setNet(0);
    setRequestId(newRequestId());
    setError(null);
  }, [opened, whole, invoice.number, t]);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const { invoiceId } = await draftCreditNote({
        requestId,
        invoiceId: invoice.id,
        lines:
          scope === 'whole'
            ? null
            : [{ description: description.trim(), quantity: 1, unitPriceCents: Math.round(net * 100), vat: firstVat }],
      });
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.invoices(tenant.tenantId) });
      notifySuccess(t('invoicing.credit.drafted'));
      onClose();
      onCreated(invoiceId);
    } catch (caught) {
      setError(invoicingRefusalText(t, draftCreditNoteContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('invoicing.credit.title', { number: invoice.number })}</Text>}
    >
      <Stack gap="sm" data-testid="credit-note-form">
        <Text size="sm" c="dimmed">
          {t('invoicing.credit.text', {
            left: cents(invoice.totals.grossCents - invoice.creditedCents),
            gross: cents(invoice.totals.grossCents),
          })}
        </Text>
        {whole ? (
          <SegmentedControl
            value={scope}
            onChange={(value) => setScope(value as 'whole' | 'part')}
            data={[
              { value: 'whole', label: t('invoicing.credit.whole') },
              { value: 'part', label: t('invoicing.credit.part') },
            ]}
            data-testid="credit-note-scope"
          />
        ) : null}
        {scope === 'part' ? (
          <>
            <TextInput
              label={t('invoicing.line.description')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              maxLength={300}
            />
            <NumberInput
              label={t('invoicing.credit.net')}
              description={
                firstVat.category === 'S'
                  ? t('invoicing.credit.atRate', { rate: firstVat.ratePercent })
                  : firstVat.exemptionReason
              }
              value={net}
              onChange={(value) => setNet(typeof value === 'number' ? value : Number(value) || 0)}
              min={0}
              decimalScale={2}
              thousandSeparator=" "
              data-testid="credit-note-net"
            />
          </>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('invoicing.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={saving}
            disabled={scope === 'part' && (!(net > 0) || description.trim() === '')}
            data-testid="credit-note-submit"
          >
            {t('invoicing.credit.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
