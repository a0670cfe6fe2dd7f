import {
  contactFullName,
  FEES_PAYERS,
  MANDATE_KINDS,
  saveMandateInputSchema,
  toCalendarDate,
  type FeesPayer,
  type Mandate,
  type MandateKind,
  type MandateSignerRef,
  type Property,
} from '@estate/domain';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { contactOptions } from '../../contacts';
import { saveMandate } from '../data/mandates.repository';
import { mandateKeys, signatoriesOptions } from '../queries/mandates.queries';

interface MandateFormModalProps {
  opened: boolean;
  onClose: () => void;
  property: Property;
  /** The draft edited, or null for a new mandate. */
  mandate: Mandate | null;
}

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);
const signerKey = (ref: MandateSignerRef) => `${ref.contactId}/${ref.signatoryId ?? ''}`;

/** A new mandate of a property, or its draft edited: terms, then who signs among its sellers and their signatories. */
export function MandateFormModal({ opened, onClose, property, mandate }: MandateFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [requestId, setRequestId] = useState(newRequestId);
  const [kind, setKind] = useState<MandateKind>('exclusive');
  const [price, setPrice] = useState<number | string>(property.price);
  const [fees, setFees] = useState<number | string>(0);
  const [paidBy, setPaidBy] = useState<FeesPayer>('mandator');
  const [duration, setDuration] = useState<number | string>(3);
  const [startDate, setStartDate] = useState(toCalendarDate(new Date()));
  const [delegation, setDelegation] = useState(false);
  const [distance, setDistance] = useState(true);
  const [signers, setSigners] = useState<MandateSignerRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const sellers = useQueries({ queries: property.sellerContactIds.map((id) => contactOptions(tenant.tenantId, id)) });
  const signatories = useQueries({
    queries: property.sellerContactIds.map((id) => ({ ...signatoriesOptions(tenant.tenantId, id), enabled: opened })),
  });

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setError(null);
    setKind(mandate?.kind ?? 'exclusive');
    setPrice(mandate?.price ?? property.price);
    setFees(mandate?.fees.amount ?? Math.round(property.price * 0.05));
    setPaidBy(mandate?.fees.paidBy ?? 'mandator');
    setDuration(mandate?.durationMonths ?? 3);
    setStartDate(toCalendarDate(mandate?.startDate ?? new Date()));
    setDelegation(mandate?.delegationConsent ?? false);
    setDistance(mandate?.signedAtDistance ?? true);
    setSigners(
      mandate?.signers.map(({ contactId, signatoryId }) => ({ contactId, signatoryId })) ??
        property.sellerContactIds.map((contactId) => ({ contactId, signatoryId: null })),
    );
  }, [opened, mandate, property]);

  const toggle = (ref: MandateSignerRef, checked: boolean) =>
    setSigners((current) =>
      checked ? [...current, ref] : current.filter((signer) => signerKey(signer) !== signerKey(ref)),
    );
  const isChecked = (ref: MandateSignerRef) => signers.some((signer) => signerKey(signer) === signerKey(ref));

  const submit = async () => {
    const input = {
      mandateId: mandate?.id ?? null,
      requestId,
      propertyId: property.id,
      terms: {
        kind,
        dealType: property.dealType,
        price: Number(price),
        fees: { amount: Number(fees), paidBy },
        durationMonths: Number(duration),
        startDate,
        delegationConsent: delegation,
        signedAtDistance: distance,
      },
      signers,
    };
    const parsed = saveMandateInputSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t('mandates.form.invalid', { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' }));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await saveMandate(input);
      await queryClient.invalidateQueries({ queryKey: mandateKeys.mandates(tenant.tenantId) });
      notifySuccess(t('mandates.form.saved'));
      onClose();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{mandate ? t('mandates.form.editTitle') : t('mandates.form.newTitle')}</Text>}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('mandates.fields.kind')}
            data={MANDATE_KINDS.map((value) => ({ value, label: t(`mandates.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as MandateKind)}
            allowDeselect={false}
            data-testid="mandate-kind"
          />
          <TextInput
            label={t('mandates.fields.dealType')}
            value={t(`mandates.dealTypes.${property.dealType}`)}
            readOnly
          />
          <NumberInput
            label={t(`mandates.fields.price_${property.dealType}`)}
            value={price}
            onChange={setPrice}
            min={0}
            allowDecimal={false}
            thousandSeparator=" "
            data-testid="mandate-price"
          />
          <NumberInput
            label={t('mandates.fields.fees')}
            value={fees}
            onChange={setFees}
            min={0}
            allowDecimal={false}
            thousandSeparator=" "
            data-testid="mandate-fees"
          />
          <Select
            label={t('mandates.fields.paidBy')}
            data={FEES_PAYERS.map((value) => ({ value, label: t(`mandates.payers.${property.dealType}.${value}`) }))}
            value={paidBy}
            onChange={(value) => value && setPaidBy(value as FeesPayer)}
            allowDeselect={false}
          />
          <NumberInput
            label={t('mandates.fields.durationMonths')}
            value={duration}
            onChange={setDuration}
            min={1}
            max={60}
            allowDecimal={false}
          />
          <TextInput
            type="date"
            label={t('mandates.fields.startDate')}
            value={startDate}
            onChange={(event) => setStartDate(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Checkbox
          label={t('mandates.fields.delegationConsent')}
          checked={delegation}
          onChange={(event) => setDelegation(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('mandates.fields.signedAtDistance')}
          description={t('mandates.form.distanceHint')}
          checked={distance}
          onChange={(event) => setDistance(event.currentTarget.checked)}
        />
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('mandates.fields.signers')}
          </Text>
          {property.sellerContactIds.length === 0 ? (
            <Alert color="yellow">{t('mandates.form.noSeller')}</Alert>
          ) : (
            property.sellerContactIds.map((contactId, index) => {
              const contact = sellers[index]?.data;
              const own = { contactId, signatoryId: null };
              return (
                <Stack key={contactId} gap={4}>
                  <Checkbox
                    label={contact ? contactFullName(contact) || contact.email : '…'}
                    checked={isChecked(own)}
                    onChange={(event) => toggle(own, event.currentTarget.checked)}
                    data-testid="mandate-signer"
                  />
                  {(signatories[index]?.data ?? []).map((signatory) => {
                    const ref = { contactId, signatoryId: signatory.id };
                    return (
                      <Checkbox
                        key={signatory.id}
                        ml="lg"
                        label={`${signatory.firstName} ${signatory.lastName}`.trim()}
                        description={t('mandates.form.signatoryOf')}
                        checked={isChecked(ref)}
                        onChange={(event) => toggle(ref, event.currentTarget.checked)}
                      />
                    );
                  })}
                </Stack>
              );
            })
          )}
        </Stack>
        {error ? (
          <Alert color="red" data-testid="mandate-form-error">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving} data-testid="mandate-save">
            {t('mandates.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
