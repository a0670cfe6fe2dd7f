import {
  canReassignListing,
  DEAL_TYPES,
  isCollaborator,
  PROPERTY_STATUSES,
  PROPERTY_TYPES,
  type Property,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';
import { notifySuccess } from '../../../ui/notify';
import { useActiveSession } from '../../session';
import { teamMembersOptions } from '../../team';
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
import { SellerPicker } from './seller-picker';

interface PropertyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The property being edited; a new one when null. */
  property: Property | null;
  onSaved?: (propertyId: string) => void;
}

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

  useEffect(() => {
    if (!opened) return;
    form.reset(property ? propertyToForm(property) : emptyPropertyForm(user.uid));
    setRequestId(newRequestId());
    setFailure(null);
  }, [opened, property, user.uid, form]);

  const submit = form.handleSubmit(async (values) => {
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
  });

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

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        property ? t('properties.form.editTitle', { reference: property.reference }) : t('properties.form.newTitle')
      }
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate data-testid="property-form">
        <Stack gap="sm">
          {failure ? <Alert color="red">{failure}</Alert> : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="dealType"
              render={({ field }) => (
                <Select
                  label={t('properties.fields.dealType')}
                  data={DEAL_TYPES.map((type) => ({ value: type, label: t(`properties.dealTypes.${type}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  disabled={property !== null}
                  description={property ? t('properties.form.dealTypeFixed') : undefined}
                />
              )}
            />
            <Controller
              control={form.control}
              name="propertyType"
              render={({ field }) => (
                <Select
                  label={t('properties.fields.propertyType')}
                  data={PROPERTY_TYPES.map((type) => ({ value: type, label: t(`properties.types.${type}`) }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <TextInput
            label={t('properties.fields.title')}
            required
            maxLength={160}
            {...form.register('title')}
            error={fieldError(t, errors.title?.message)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('properties.fields.postalCode')}
              maxLength={20}
              {...form.register('postalCode')}
              error={fieldError(t, errors.postalCode?.message)}
            />
            <TextInput
              label={t('properties.fields.city')}
              required
              maxLength={100}
              {...form.register('city')}
              error={fieldError(t, errors.city?.message)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Controller
              control={form.control}
              name="price"
              render={({ field }) => (
                <NumberInput
                  label={t('properties.fields.price')}
                  required
                  min={0}
                  allowDecimal={false}
                  thousandSeparator=" "
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  onBlur={field.onBlur}
                  error={fieldError(t, errors.price?.message)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="surface"
              render={({ field }) => (
                <NumberInput
                  label={t('properties.fields.surface')}
                  min={0}
                  decimalScale={2}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  onBlur={field.onBlur}
                  error={fieldError(t, errors.surface?.message)}
                />
              )}
            />
            <Controller
              control={form.control}
              name="rooms"
              render={({ field }) => (
                <NumberInput
                  label={t('properties.fields.rooms')}
                  min={0}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  onBlur={field.onBlur}
                  error={fieldError(t, errors.rooms?.message)}
                />
              )}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select
                  label={t('properties.fields.status')}
                  data={PROPERTY_STATUSES.map((status) => ({
                    value: status,
                    label: t(`properties.statuses.${status}`),
                  }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                />
              )}
            />
            <Controller
              control={form.control}
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
                  error={fieldError(t, errors.assignedAgentUid?.message)}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="sellerContactIds"
            render={({ field }) => <SellerPicker value={field.value} onChange={field.onChange} />}
          />
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
