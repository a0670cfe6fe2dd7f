import {
  canReassignListing,
  DEAL_TYPES,
  DESCRIPTION_LANGUAGES,
  dpeClasses,
  ENERGY_CLASSES,
  FEE_KINDS,
  FEE_PAYERS,
  HEATING_ENERGIES,
  HEATING_TYPES,
  isCollaborator,
  PROPERTY_FEATURES,
  PROPERTY_TYPES,
  statusesFor,
  type Property,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Tabs,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
import { propertyFieldError } from '../forms/property-field-error';
import {
  emptyPropertyForm,
  newRequestId,
  propertyFormSchema,
  propertyToForm,
  toPropertyInput,
  type PropertyFormInput,
  type PropertyFormOutput,
} from '../forms/property.form';
import { useSaveProperty } from '../hooks/use-property-mutations';
import { AddressFields } from './address-fields';
import { SellerPicker } from './seller-picker';

interface PropertyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The property being edited; a new one when null. */
  property: Property | null;
  onSaved?: (propertyId: string) => void;
}

type NumberPath = FieldPath<PropertyFormInput>;

interface NumberFieldProps {
  control: Control<PropertyFormInput, unknown, PropertyFormOutput>;
  name: NumberPath;
  label: string;
  error?: string;
  decimals?: boolean;
  required?: boolean;
  min?: number;
  suffix?: string;
  onValue?: (value: number | null) => void;
}

/** A number input whose empty state is null, as the schemas read it. */
function NumberField({ control, name, label, error, decimals, required, min = 0, suffix, onValue }: NumberFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          required={required}
          min={min}
          allowDecimal={decimals === true}
          decimalScale={decimals ? 2 : 0}
          thousandSeparator=" "
          suffix={suffix}
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={(value) => {
            const next = typeof value === 'number' ? value : null;
            field.onChange(next);
            onValue?.(next);
          }}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}

function Section({ legend, children, testId }: { legend: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Fieldset legend={legend} radius="md" data-testid={testId}>
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

/** The property form, in the sections agents fill a listing in; everything but title, city and price may wait. */
export function PropertyFormModal({ opened, onClose, property, onSaved }: PropertyFormModalProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { user, claims } = useActiveSession();
  const save = useSaveProperty(tenant.tenantId);
  const members = useQuery({ ...teamMembersOptions(tenant.tenantId), enabled: opened });
  const [requestId, setRequestId] = useState(newRequestId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PropertyFormInput, unknown, PropertyFormOutput>({
    resolver: zodResolver(propertyFormSchema),
    defaultValues: emptyPropertyForm(user.uid),
  });
  const errors = form.formState.errors;
  const control = form.control;
  const err = (message: string | undefined) => propertyFieldError(t, message);
  const dealType = useWatch({ control, name: 'dealType' });
  const coOwned = useWatch({ control, name: 'coOwnership.isCoOwnership' });

  useEffect(() => {
    if (!opened) return;
    form.reset(property ? propertyToForm(property) : emptyPropertyForm(user.uid));
    setRequestId(newRequestId());
    setFailure(null);
  }, [opened, property, user.uid, form]);

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        const result = await save.mutateAsync({
          propertyId: property?.id ?? null,
          requestId,
          property: toPropertyInput(values),
        });
        notifySuccess(
          property ? t('properties.form.saved') : t('properties.form.created', { reference: result.reference }),
        );
        onSaved?.(result.propertyId);
        onClose();
      } catch (caught) {
        setFailure(describeError(t, caught));
      }
    },
    () => setFailure(t('properties.validation.formInvalid')),
  );

  // The classes follow the DPE values on the 2021 scale; the user may still correct them.
  const fillClasses = (changed: 'energyValue' | 'climateValue', value: number | null) => {
    const dpe = form.getValues('dpe');
    const classes = dpeClasses({
      energyValue: changed === 'energyValue' ? value : (dpe?.energyValue ?? null),
      climateValue: changed === 'climateValue' ? value : (dpe?.climateValue ?? null),
    });
    if (classes.energyClass) form.setValue('dpe.energyClass', classes.energyClass);
    if (classes.climateClass) form.setValue('dpe.climateClass', classes.climateClass);
  };

  // The listing's agent receives its portal leads: owner, admin or that agent's manager reassign it.
  const listingAgent = members.data?.find((member) => member.uid === property?.assignedAgentUid);
  const reassignAllowed =
    property === null ||
    canReassignListing(
      { uid: user.uid, role: claims.role },
      { agentUid: property.assignedAgentUid, agentManagerUid: listingAgent?.managerUid ?? null },
    );
  const agents = (members.data ?? [])
    .filter((member) => member.status === 'active' && isCollaborator(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
  const classOptions = ENERGY_CLASSES.map((value) => ({ value, label: value }));
  const select = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        property ? t('properties.form.editTitle', { reference: property.reference }) : t('properties.form.newTitle')
      }
      size="xl"
    >
      <form onSubmit={submit} noValidate data-testid="property-form">
        <Stack gap="md">
          {failure ? <Alert color="red">{failure}</Alert> : null}
          <Section legend={t('properties.sections.general')} testId="property-section-general">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <Controller
                control={control}
                name="dealType"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.dealType')}
                    data={select(DEAL_TYPES, 'properties.dealTypes')}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                    disabled={property !== null}
                    description={property ? t('properties.form.dealTypeFixed') : undefined}
                  />
                )}
              />
              <Controller
                control={control}
                name="propertyType"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.propertyType')}
                    data={select(PROPERTY_TYPES, 'properties.types')}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.status')}
                    data={select(statusesFor(dealType), 'properties.statuses')}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                    error={err(errors.status?.message)}
                  />
                )}
              />
            </SimpleGrid>
            <TextInput
              label={t('properties.fields.title')}
              required
              maxLength={160}
              {...form.register('title')}
              error={err(errors.title?.message)}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Controller
                control={control}
                name="assignedAgentUid"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.agent')}
                    description={reassignAllowed ? undefined : t('properties.form.agentLocked')}
                    disabled={!reassignAllowed}
                    data-testid="property-agent"
                    data={agents}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                    searchable
                    error={err(errors.assignedAgentUid?.message)}
                  />
                )}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="sellerContactIds"
              render={({ field }) => <SellerPicker value={field.value} onChange={field.onChange} />}
            />
          </Section>

          <Section legend={t('properties.sections.address')} testId="property-section-address">
            <AddressFields form={form} />
          </Section>

          <Section legend={t('properties.sections.surfaces')} testId="property-section-surfaces">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <NumberField
                control={control}
                name="surface"
                label={t('properties.fields.surfaceLiving')}
                decimals
                error={err(errors.surface?.message)}
              />
              <NumberField
                control={control}
                name="carrezSurface"
                label={t('properties.fields.carrezSurface')}
                decimals
                error={err(errors.carrezSurface?.message)}
              />
              <NumberField
                control={control}
                name="landSurface"
                label={t('properties.fields.landSurface')}
                decimals
                error={err(errors.landSurface?.message)}
              />
              <NumberField
                control={control}
                name="rooms"
                label={t('properties.fields.rooms')}
                error={err(errors.rooms?.message)}
              />
              <NumberField
                control={control}
                name="bedrooms"
                label={t('properties.fields.bedrooms')}
                error={err(errors.bedrooms?.message)}
              />
              <NumberField
                control={control}
                name="yearBuilt"
                label={t('properties.fields.yearBuilt')}
                min={1000}
                error={err(errors.yearBuilt?.message)}
              />
              <NumberField
                control={control}
                name="floor"
                label={t('properties.fields.floor')}
                min={-10}
                error={err(errors.floor?.message)}
              />
              <NumberField
                control={control}
                name="floors"
                label={t('properties.fields.floors')}
                error={err(errors.floors?.message)}
              />
            </SimpleGrid>
          </Section>

          <Section legend={t('properties.sections.energy')} testId="property-section-energy">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Controller
                control={control}
                name="heating.type"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.heatingType')}
                    data={select(HEATING_TYPES, 'properties.heatingTypes')}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value)}
                    clearable
                  />
                )}
              />
              <Controller
                control={control}
                name="heating.energy"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.heatingEnergy')}
                    data={select(HEATING_ENERGIES, 'properties.heatingEnergies')}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value)}
                    clearable
                  />
                )}
              />
              <NumberField
                control={control}
                name="dpe.energyValue"
                label={t('properties.fields.energyValue')}
                decimals
                error={err(errors.dpe?.energyValue?.message)}
                onValue={(value) => fillClasses('energyValue', value)}
              />
              <NumberField
                control={control}
                name="dpe.climateValue"
                label={t('properties.fields.climateValue')}
                decimals
                error={err(errors.dpe?.climateValue?.message)}
                onValue={(value) => fillClasses('climateValue', value)}
              />
              <Controller
                control={control}
                name="dpe.energyClass"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.energyClass')}
                    data={classOptions}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value)}
                    clearable
                    description={t('properties.dpeHint')}
                  />
                )}
              />
              <Controller
                control={control}
                name="dpe.climateClass"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.climateClass')}
                    data={classOptions}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value)}
                    clearable
                  />
                )}
              />
            </SimpleGrid>
          </Section>

          <Section legend={t('properties.sections.features')} testId="property-section-features">
            <Controller
              control={control}
              name="features"
              render={({ field }) => (
                <Checkbox.Group
                  value={field.value ?? []}
                  onChange={field.onChange}
                  aria-label={t('properties.fields.features')}
                >
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                    {PROPERTY_FEATURES.map((feature) => (
                      <Checkbox key={feature} value={feature} label={t(`properties.features.${feature}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
          </Section>

          <Section legend={t('properties.sections.price')} testId="property-section-price">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <NumberField
                control={control}
                name="price"
                label={t('properties.fields.price')}
                required
                error={err(errors.price?.message)}
              />
              <NumberField
                control={control}
                name="charges"
                label={t('properties.fields.charges')}
                error={err(errors.charges?.message)}
              />
              <NumberField
                control={control}
                name="propertyTax"
                label={t('properties.fields.propertyTax')}
                error={err(errors.propertyTax?.message)}
              />
              <NumberField
                control={control}
                name="fees.value"
                label={t('properties.fields.feesValue')}
                decimals
                error={err(errors.fees?.value?.message)}
              />
              <Controller
                control={control}
                name="fees.kind"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.feesKind')}
                    data={select(FEE_KINDS, 'properties.feeKinds')}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
              <Controller
                control={control}
                name="fees.payer"
                render={({ field }) => (
                  <Select
                    label={t('properties.fields.feesPayer')}
                    data={select(FEE_PAYERS, `properties.feePayers.${dealType}`)}
                    value={field.value}
                    onChange={(value) => value && field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
            </SimpleGrid>
          </Section>

          <Section legend={t('properties.sections.coOwnership')} testId="property-section-co-ownership">
            <Controller
              control={control}
              name="coOwnership.isCoOwnership"
              render={({ field }) => (
                <Switch
                  label={t('properties.fields.isCoOwnership')}
                  checked={field.value ?? false}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
            {coOwned ? (
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                <NumberField
                  control={control}
                  name="coOwnership.lots"
                  label={t('properties.fields.lots')}
                  error={err(errors.coOwnership?.lots?.message)}
                />
                <NumberField
                  control={control}
                  name="coOwnership.annualCharges"
                  label={t('properties.fields.annualCharges')}
                  error={err(errors.coOwnership?.annualCharges?.message)}
                />
                <Controller
                  control={control}
                  name="coOwnership.proceedings"
                  render={({ field }) => (
                    <Switch
                      mt="lg"
                      label={t('properties.fields.proceedings')}
                      checked={field.value ?? false}
                      onChange={(event) => field.onChange(event.currentTarget.checked)}
                    />
                  )}
                />
              </SimpleGrid>
            ) : null}
          </Section>

          <Section legend={t('properties.sections.descriptions')} testId="property-section-descriptions">
            <Tabs defaultValue="fr" keepMounted>
              <Tabs.List>
                {DESCRIPTION_LANGUAGES.map((language) => (
                  <Tabs.Tab key={language} value={language} c={errors.descriptions?.[language] ? 'red' : undefined}>
                    {t(`properties.languages.${language}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {DESCRIPTION_LANGUAGES.map((language) => (
                <Tabs.Panel key={language} value={language} pt="sm">
                  <Textarea
                    aria-label={`${t('properties.sections.descriptions')} · ${t(`properties.languages.${language}`)}`}
                    autosize
                    minRows={4}
                    maxRows={12}
                    {...form.register(`descriptions.${language}`)}
                    error={err(errors.descriptions?.[language]?.message)}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
          </Section>

          <Section
            legend={
              <Group gap="xs">
                {t('properties.sections.privateNote')}
                <Badge color="gray" variant="light" leftSection={<IconLock size={12} />}>
                  {t('properties.neverShown')}
                </Badge>
              </Group>
            }
            testId="property-section-private-note"
          >
            <Textarea
              label={t('properties.fields.privateNote')}
              description={t('properties.privateNoteHint')}
              autosize
              minRows={2}
              maxRows={8}
              {...form.register('privateNote')}
              error={err(errors.privateNote?.message)}
            />
          </Section>

          <Section legend={t('properties.sections.source')} testId="property-section-source">
            <TextInput
              label={t('properties.fields.sourceUrl')}
              type="url"
              placeholder="https://"
              {...form.register('sourceUrl')}
              error={err(errors.sourceUrl?.message)}
            />
            <Controller
              control={control}
              name="showSourceUrlToClients"
              render={({ field }) => (
                <Switch
                  label={t('properties.fields.showSourceUrlToClients')}
                  checked={field.value ?? false}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
          </Section>

          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {property ? t('properties.form.save') : t('properties.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
