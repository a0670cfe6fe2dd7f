import { emailSchema, sendInvoiceContract, type Invoice } from '@estate/domain';
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { notifySuccess } from '../../../ui/notify';
import { sendInvoice } from '../data/invoicing.repository';
import { invoicingKeys } from '../queries/invoicing.queries';
import { invoicingRefusalText } from './invoice-texts';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/**
 * Mails a numbered invoice or credit note with its PDF: to the customer's address by default, or
 * another (the notary's accountant), with a few words of the sender's.
 */
export function SendInvoiceModal({
  invoice,
  opened,
  onClose,
}: {
  invoice: Invoice;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setTo(invoice.sentTo ?? invoice.customer.email ?? '');
    setNote('');
    setRequestId(newRequestId());
    setError(null);
  }, [opened, invoice.sentTo, invoice.customer.email]);

  const validAddress = emailSchema.safeParse(to.trim()).success;

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await sendInvoice({ requestId, invoiceId: invoice.id, to: to.trim(), note: note.trim() });
      await queryClient.invalidateQueries({ queryKey: invoicingKeys.invoices(tenant.tenantId) });
      notifySuccess(t('invoicing.send.sent', { to: to.trim() }));
      onClose();
    } catch (caught) {
      setError(invoicingRefusalText(t, sendInvoiceContract, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={700}>{t('invoicing.send.title', { number: invoice.number ?? '' })}</Text>}
    >
      <Stack gap="sm" data-testid="send-invoice-form">
        <Text size="sm" c="dimmed">
          {t('invoicing.send.text', { file: invoice.pdf?.fileName ?? '' })}
        </Text>
        <TextInput
          type="email"
          label={t('invoicing.send.to')}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={to.trim() !== '' && !validAddress ? t('invoicing.send.invalidAddress') : null}
          required
          maxLength={254}
          data-autofocus
          data-testid="send-invoice-to"
        />
        <Textarea
          label={t('invoicing.send.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
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
            disabled={!validAddress}
            data-testid="send-invoice-submit"
          >
            {t('invoicing.send.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
