import { AGREEMENT_KINDS, powerState, type AgreementKind } from '@estate/domain';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useMoney } from '../../tenancy';
import { notifySuccess } from '../../../ui/notify';
import { generateAgreement } from '../data/agreements.repository';
import { agreementKeys, paidBookingsOptions, signatoriesOptions } from '../queries/agreements.queries';
import { agreementErrorText } from './refusal-text';

/** Generates an agreement for a paid booking: its kind and who signs it. A refusal is said in the form. */
export function GenerateAgreementModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const money = useMoney();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const bookings = useQuery({ ...paidBookingsOptions(tenantId), enabled: opened });
  const signatories = useQuery({ ...signatoriesOptions(tenantId), enabled: opened });
  const [bookingId, setBookingId] = useState<string | null>(null);
  const [kind, setKind] = useState<AgreementKind>('ddu');
  const [signatoryId, setSignatoryId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const now = new Date();

  const close = () => {
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!bookingId || !signatoryId) return;
    setWorking(true);
    setError(null);
    try {
      const result = await generateAgreement({ bookingId, kind, signatoryId });
      await queryClient.invalidateQueries({ queryKey: agreementKeys.agreements(tenantId) });
      notifySuccess(result.created ? t('agreements.generate.created') : t('agreements.generate.renderedAgain'));
      close();
      await navigate(`/agreements/${result.agreementId}`);
    } catch (caught) {
      setError(agreementErrorText(t, caught));
    } finally {
      setWorking(false);
    }
  };

  const bookingOptions = (bookings.data ?? []).map((booking) => ({
    value: booking.id,
    label: t('agreements.generate.bookingOption', {
      number: booking.unitNumber,
      client: booking.contactName,
      price: money(booking.price),
      interpolation: { escapeValue: false },
    }),
  }));
  const signatoryOptions = (signatories.data ?? []).map((signatory) => ({
    value: signatory.id,
    label: `${signatory.name} · ${signatory.power.number} · ${t(`agreements.power.states.${powerState(signatory.power, now)}`)}`,
  }));

  return (
    <Modal opened={opened} onClose={close} title={t('agreements.generate.title')} size="lg">
      <Stack gap="sm">
        <Select
          label={t('agreements.generate.booking')}
          placeholder={bookings.isPending ? t('agreements.generate.loading') : undefined}
          data={bookingOptions}
          value={bookingId}
          onChange={setBookingId}
          searchable
          nothingFoundMessage={t('agreements.generate.noBookings')}
          data-autofocus
        />
        {bookings.isSuccess && bookingOptions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreements.generate.noBookings')}
          </Text>
        ) : null}
        <Select
          label={t('agreements.generate.kind')}
          data={AGREEMENT_KINDS.map((value) => ({ value, label: t(`agreements.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as AgreementKind)}
          allowDeselect={false}
        />
        <Select
          label={t('agreements.generate.signatory')}
          placeholder={signatories.isPending ? t('agreements.generate.loading') : undefined}
          data={signatoryOptions}
          value={signatoryId}
          onChange={setSignatoryId}
          nothingFoundMessage={t('agreements.generate.noSignatories')}
        />
        {signatories.isSuccess && signatoryOptions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreements.generate.noSignatories')}
          </Text>
        ) : null}
        {error ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="generate-refusal">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={working} disabled={!bookingId || !signatoryId}>
            {t('agreements.generate.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
