import {
  contactFullName,
  FEES_COLLECTORS,
  FEES_PAYERS,
  isCollaborator,
  isTeamManager,
  openDealContract,
  openDealInputSchema,
  type Contact,
  type Offer,
  type Property,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Divider,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { fieldError } from '../../../ui/field-error';
import { notifySuccess } from '../../../ui/notify';
import { ContactPicker } from '../../properties';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import { openDeal } from '../data/deals.repository';
import { emptyOpenDeal, openDealFormSchema, toOpenDealInput, type OpenDealFormValues } from '../forms/open-deal.form';
import { dealKeys, dealPropertySearchOptions } from '../queries/deals.queries';
import { dealRefusalText } from './deal-refusal';

const newRequestId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

type NumberField = 'price' | 'feesNet' | 'vatPercent' | 'partnerPercent' | 'referralPercent' | 'ambassadorAmount';

/** An accepted offer a deal opens from: its property, buyer, seller, price and day are the offer's. */
export interface AcceptedOffer {
  property: Property;
  offer: Offer;
}

/**
 * "Open a deal": the property, the buyer (and the seller), the accepted price and the fees, the notary
 * office, and the shares owed to a partner agency, a referring agent or an ambassador. By hand, or from
 * an accepted offer (`from`), which gives the property, the parties, the price and the day.
 */
export function OpenDealModal({
  opened,
  onClose,
  onOpened,
  from = null,
}: {
  opened: boolean;
  onClose: () => void;
  onOpened: (dealId: string) => void;
  from?: AcceptedOffer | null;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const { user, claims } = useActiveSession();
  const [requestId, setRequestId] = useState(newRequestId);
  const [property, setProperty] = useState<Property | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [buyer, setBuyer] = useState<Contact | null>(null);
  const [seller, setSeller] = useState<Contact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const found = useQuery({ ...dealPropertySearchOptions(tenant.tenantId, debounced), enabled: debounced.length > 0 });
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const form = useForm<OpenDealFormValues>({
    resolver: zodResolver(openDealFormSchema),
    defaultValues: emptyOpenDeal({ dealType: 'sale', agentUid: user.uid, price: 0 }),
  });
  const { reset, setValue, control } = form;
  const errors = form.formState.errors;
  const [collectedBy, withPartner, withReferral, withAmbassador] = useWatch({
    control,
    name: ['collectedBy', 'withPartner', 'withReferral', 'withAmbassador'],
  });

  useEffect(() => {
    if (!opened) return;
    setRequestId(newRequestId());
    setProperty(from?.property ?? null);
    setSearch('');
    setBuyer(null);
    setSeller(null);
    setError(null);
    reset(
      from
        ? emptyOpenDeal({
            dealType: from.property.dealType,
            agentUid: from.offer.agentUid,
            price: from.offer.amount,
            acceptedAt: from.offer.answer?.at ?? from.offer.updatedAt,
          })
        : emptyOpenDeal({ dealType: 'sale', agentUid: user.uid, price: 0 }),
    );
  }, [opened, reset, user.uid, from]);

  const active = useMemo(
    () => (members.data ?? []).filter((member) => member.status === 'active' && isCollaborator(member.role)),
    [members.data],
  );
  const collaborators = active.map((member) => ({ value: member.uid, label: member.displayName }));
  // Whom the caller opens a deal for: anyone (owner, admin), their team and themselves (a manager), themselves.
  const agents = active
    .filter(
      (member) =>
        isTeamManager(claims.role) ||
        member.uid === user.uid ||
        (claims.role === 'manager' && member.managerUid === user.uid),
    )
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const propertyChoices = useMemo(() => {
    const list = [...(found.data ?? [])];
    if (property && !list.some((one) => one.id === property.id)) list.unshift(property);
    return list;
  }, [found.data, property]);

  const pickProperty = (propertyId: string | null) => {
    const picked = propertyChoices.find((one) => one.id === propertyId) ?? null;
    setProperty(picked);
    if (picked) {
      setValue('dealType', picked.dealType);
      setValue('price', picked.price);
      if (picked.assignedAgentUid && agents.some((one) => one.value === picked.assignedAgentUid)) {
        setValue('agentUid', picked.assignedAgentUid);
      }
    }
  };

  const buyerId = from ? (from.offer.buyerContactIds[0] ?? null) : (buyer?.id ?? null);
  const submit = form.handleSubmit(async (values) => {
    if (!property || !buyerId) return;
    const input = toOpenDealInput(values, {
      requestId,
      propertyId: property.id,
      buyerContactId: buyerId,
      sellerContactId: from ? (from.offer.sellerContactIds[0] ?? null) : (seller?.id ?? null),
      offerId: from?.offer.id ?? null,
      referralName: collaborators.find((one) => one.value === values.referralAgentUid)?.label ?? '',
    });
    const parsed = openDealInputSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(t('deals.form.invalid', { field: issue?.path.join('.') ?? '', message: issue?.message ?? '' }));
      return;
    }
    setError(null);
    try {
      const { dealId } = await openDeal(input);
      await queryClient.invalidateQueries({ queryKey: dealKeys.deals(tenant.tenantId) });
      notifySuccess(t('deals.form.opened'));
      onClose();
      onOpened(dealId);
    } catch (caught) {
      setError(dealRefusalText(t, openDealContract, caught));
    }
  });

  const number = (name: NumberField, options: { decimal?: boolean; suffix?: string } = {}) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={t(`deals.form.${name}`)}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number(value) || 0)}
          onBlur={field.onBlur}
          min={0}
          decimalScale={2}
          allowDecimal={options.decimal ?? true}
          thousandSeparator=" "
          suffix={options.suffix}
          error={fieldError(t, errors[name]?.message)}
          data-testid={`deal-${name}`}
        />
      )}
    />
  );
  const text = (name: Path<OpenDealFormValues>) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextInput
          label={t(`deals.form.${name}`)}
          value={String(field.value)}
          onChange={(event) => field.onChange(event.currentTarget.value)}
          onBlur={field.onBlur}
          error={fieldError(t, errors[name as keyof typeof errors]?.message as string | undefined)}
          data-testid={`deal-${name}`}
        />
      )}
    />
  );
  const toggle = (name: 'withPartner' | 'withReferral' | 'withAmbassador') => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Switch
          label={t(`deals.form.${name}`)}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          data-testid={`deal-${name}`}
        />
      )}
    />
  );
  const choice = (name: 'paidBy' | 'collectedBy' | 'dealType', values: readonly string[]) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`deals.form.${name}`)}
          data={values.map((value) => ({ value, label: t(`deals.${name}.${value}`) }))}
          value={field.value}
          onChange={(value) => value && field.onChange(value)}
          allowDeselect={false}
          data-testid={`deal-${name}`}
        />
      )}
    />
  );

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{t('deals.form.title')}</Text>}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {from ? (
            <Text size="sm" data-testid="deal-from-offer">
              {t('deals.form.fromOffer', {
                property: `${from.property.reference} · ${from.property.title}`,
                buyers: from.offer.buyers.map((one) => one.name).join(', '),
              })}
            </Text>
          ) : (
            <>
              <Select
                label={t('deals.fields.property')}
                placeholder={t('deals.form.propertyPlaceholder')}
                searchable
                searchValue={search}
                onSearchChange={setSearch}
                data={propertyChoices.map((one) => ({ value: one.id, label: `${one.reference} · ${one.title}` }))}
                value={property?.id ?? null}
                onChange={pickProperty}
                nothingFoundMessage={debounced ? t('deals.form.noProperty') : undefined}
                rightSection={found.isFetching ? <Loader size="xs" /> : undefined}
                filter={({ options }) => options}
                data-testid="deal-property"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Suspense fallback={<Loader size="sm" />}>
                  <ContactPicker
                    label={t('deals.fields.buyer')}
                    placeholder={t('deals.form.contactPlaceholder')}
                    keepName
                    exclude={seller ? [seller.id] : []}
                    onPick={setBuyer}
                    onType={() => setBuyer(null)}
                  />
                  <ContactPicker
                    label={t('deals.fields.seller')}
                    placeholder={t('deals.form.contactPlaceholder')}
                    keepName
                    exclude={buyer ? [buyer.id] : []}
                    onPick={setSeller}
                    onType={() => setSeller(null)}
                  />
                </Suspense>
              </SimpleGrid>
              {buyer ? (
                <Text size="sm" c="dimmed" data-testid="deal-buyer-picked">
                  {t('deals.form.buyerPicked', { name: contactFullName(buyer) })}
                </Text>
              ) : null}
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {choice('dealType', ['sale', 'rental'])}
            {number('price')}
            <Controller
              control={control}
              name="acceptedAt"
              render={({ field }) => (
                <TextInput
                  type="date"
                  label={t('deals.form.acceptedAt')}
                  value={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.value)}
                  error={fieldError(t, errors.acceptedAt?.message)}
                  data-testid="deal-acceptedAt"
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="agentUid"
            render={({ field }) => (
              <Select
                label={t('deals.fields.agent')}
                data={agents}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                searchable
                error={fieldError(t, errors.agentUid?.message)}
                data-testid="deal-agentUid"
              />
            )}
          />
          <Divider label={t('deals.form.feesSection')} labelPosition="left" />
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="md">
            {number('feesNet')}
            {number('vatPercent', { suffix: ' %' })}
            {choice('paidBy', FEES_PAYERS)}
            {choice('collectedBy', FEES_COLLECTORS)}
          </SimpleGrid>
          {collectedBy === 'notary' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {text('notaryName')}
              {text('notaryAddress')}
            </SimpleGrid>
          ) : null}
          <Divider label={t('deals.form.sharesSection')} labelPosition="left" />
          {toggle('withPartner')}
          {withPartner ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {text('partnerName')}
              {number('partnerPercent', { suffix: ' %' })}
            </SimpleGrid>
          ) : null}
          {toggle('withReferral')}
          {withReferral ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                control={control}
                name="referralAgentUid"
                render={({ field }) => (
                  <Select
                    label={t('deals.form.referralAgentUid')}
                    data={collaborators}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    searchable
                    error={fieldError(t, errors.referralAgentUid?.message)}
                  />
                )}
              />
              {number('referralPercent', { suffix: ' %' })}
            </SimpleGrid>
          ) : null}
          {toggle('withAmbassador')}
          {withAmbassador ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {text('ambassadorName')}
              {number('ambassadorAmount')}
            </SimpleGrid>
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
              disabled={!property || !buyerId}
              data-testid="deal-open-submit"
            >
              {t('deals.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
