import { contactFullName, registerOfferInputSchema, type Contact, type Property } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, CloseButton, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { TracfinMissingList } from '../../contacts';
import { ContactPicker } from '../../properties';
import { registerOffer } from '../data/offers.repository';
import {
  emptyOfferTerms,
  offerTermsFormSchema,
  toOfferTerms,
  type OfferTermsFormValues,
} from '../forms/offer-terms.form';
import { refusalKey, tracfinRefusalOf, type TracfinRefusal } from '../forms/offer-refusal';
import { offerKeys } from '../queries/offers.queries';
import { OfferTermsFields } from './offer-terms.fields';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/** "Register an offer": the buyers (a couple may buy together), the terms, then the buyers sign it online. */
export function RegisterOfferModal({
  opened,
  onClose,
  property,
}: {
  opened: boolean;
  onClose: () => void;
  property: Property;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const [requestId, setRequestId] = useState(newRequestId);
  const [buyers, setBuyers] = useState<Contact[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [tracfin, setTracfin] = useState<TracfinRefusal | null>(null);
  const form = useForm<OfferTermsFormValues>({
    resolver: zodResolver(offerTermsFormSchema),
    defaultValues: emptyOfferTerms(property.price),
  });
  const { reset } = form;

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setBuyers([]);
    setError(null);
    setTracfin(null);
    reset(emptyOfferTerms(property.price));
  }, [opened, property.price, reset]);

  const submit = form.handleSubmit(async (values) => {
    const input = {
      requestId,
      propertyId: property.id,
      buyerContactIds: buyers.map((buyer) => buyer.id),
      ...toOfferTerms(values),
    };
    const parsed = registerOfferInputSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t('offers.form.invalid', { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' }));
      return;
    }
    setError(null);
    setTracfin(null);
    try {
      await registerOffer(input);
      await queryClient.invalidateQueries({ queryKey: offerKeys.offers(tenant.tenantId) });
      notifySuccess(t('offers.form.registered'));
      onClose();
    } catch (caught) {
      const refusal = tracfinRefusalOf(caught);
      if (refusal) setTracfin(refusal);
      else setError(t(`offers.refusals.${refusalKey(caught)}`, { defaultValue: describeError(t, caught) }));
    }
  });

  const tracfinBuyer = tracfin ? buyers.find((buyer) => buyer.id === tracfin.contactId) : undefined;

  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={700}>{t('offers.form.title')}</Text>}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap={6}>
            <Suspense fallback={<Loader size="sm" />}>
              <ContactPicker
                label={t('offers.form.buyers')}
                placeholder={t('offers.form.buyerPlaceholder')}
                exclude={[...buyers.map((buyer) => buyer.id), ...property.sellerContactIds]}
                onPick={(contact) => setBuyers((current) => [...current, contact])}
              />
            </Suspense>
            {buyers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('offers.form.noBuyer')}
              </Text>
            ) : (
              buyers.map((buyer) => (
                <Group key={buyer.id} gap="xs" data-testid="offer-buyer">
                  <Text size="sm">{contactFullName(buyer)}</Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('offers.form.removeBuyer')}
                    onClick={() => setBuyers((current) => current.filter((one) => one.id !== buyer.id))}
                  />
                </Group>
              ))
            )}
          </Stack>
          <OfferTermsFields control={form.control} errors={form.formState.errors} />
          {tracfin ? (
            <Alert color="orange" title={t('offers.form.tracfinTitle')} data-testid="offer-tracfin-refusal">
              <Stack gap={6}>
                <Text size="sm">
                  {t('offers.form.tracfinMessage', {
                    name: tracfinBuyer ? contactFullName(tracfinBuyer) : '',
                  })}
                </Text>
                <TracfinMissingList missing={tracfin.missing} />
                <Anchor component={Link} to={`/clients/${tracfin.contactId}/tracfin`} size="sm">
                  {t('offers.form.openTracfin')}
                </Anchor>
              </Stack>
            </Alert>
          ) : null}
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={form.formState.isSubmitting}
              disabled={buyers.length === 0}
              data-testid="offer-register-submit"
            >
              {t('offers.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
