import {
  ASSET_FREEZE_RESULTS,
  FUNDS_ORIGINS,
  IDENTITY_DOCUMENT_TYPES,
  RISK_LEVELS,
  tracfinMissing,
  type Contact,
} from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconShieldCheck, IconShieldExclamation, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { describeError } from '../../../../ui/auth-error';
import { formatDateTime } from '../../../../ui/format-date';
import { teamMembersOptions } from '../../../team';
import { saveTracfin } from '../data/client-file.repository';
import { tracfinFormSchemaFor, tracfinToForm } from '../forms/buyer.form';
import { useFileForm } from '../hooks/use-buyer-file-form';
import { clientFileKeys, tracfinOptions } from '../queries/client-file.queries';
import { formMessage } from './buyer-form-parts';
import { TracfinMissingList } from './tracfin-missing-list';

/**
 * The Tracfin (anti-money-laundering) file: saved by `contacts-saveTracfin` as it fills in; what is
 * missing stays listed until the file is complete, which an offer or a signature requires.
 */
export function TracfinTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const stored = useQuery(tracfinOptions(tenant.tenantId, contact.id));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const schema = useMemo(() => tracfinFormSchemaFor(contact.id), [contact.id]);
  const { form, submit, failure } = useFileForm({
    stored,
    resolver: zodResolver(schema),
    toForm: tracfinToForm,
    save: saveTracfin,
    queryKey: clientFileKeys.part(tenant.tenantId, contact.id, 'tracfin'),
    savedMessage: (result) =>
      result.complete ? t('clientFile.tracfin.savedComplete') : t('clientFile.tracfin.savedIncomplete'),
  });
  const owners = useFieldArray({ control: form.control, name: 'beneficialOwners' });
  const errors = form.formState.errors;

  if (stored.isPending) return <Skeleton height={420} />;
  if (stored.isError) return <Alert color="red">{describeError(t, stored.error)}</Alert>;
  const missing = tracfinMissing(stored.data, contact.identityType);
  const complete = missing.length === 0;
  const reviewer = members.data?.find((member) => member.uid === stored.data?.reviewedBy)?.displayName ?? '—';
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <Stack gap="md">
      <Alert
        color={complete ? 'teal' : 'orange'}
        icon={complete ? <IconShieldCheck /> : <IconShieldExclamation />}
        title={
          <Group gap="xs">
            <Badge color={complete ? 'teal' : 'orange'} data-testid="tracfin-status">
              {complete ? t('clientFile.tracfin.complete') : t('clientFile.tracfin.incomplete')}
            </Badge>
            {stored.data ? (
              <Text size="sm">
                {t('clientFile.tracfin.reviewed', { name: reviewer, date: formatDateTime(stored.data.reviewedAt) })}
              </Text>
            ) : null}
          </Group>
        }
      >
        {complete ? t('clientFile.tracfin.completeText') : <TracfinMissingList missing={missing} />}
      </Alert>
      <Card withBorder radius="lg" p="lg">
        <form onSubmit={submit} noValidate data-testid="tracfin-form">
          <Stack gap="md">
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Title order={5}>{t('clientFile.tracfin.identity')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Controller
                control={form.control}
                name="identityDocument.type"
                render={({ field }) => (
                  <Select
                    label={t('clientFile.tracfin.documentType')}
                    data={options(IDENTITY_DOCUMENT_TYPES, 'clientFile.idDocuments')}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    data-testid="tracfin-document-type"
                  />
                )}
              />
              <TextInput
                label={t('clientFile.tracfin.documentNumber')}
                {...form.register('identityDocument.number')}
                error={formMessage(t, errors.identityDocument?.number?.message)}
                data-testid="tracfin-document-number"
              />
              <TextInput
                label={t('clientFile.tracfin.documentExpiry')}
                type="date"
                {...form.register('identityDocument.expiresAt')}
                error={formMessage(t, errors.identityDocument?.expiresAt?.message)}
                data-testid="tracfin-document-expiry"
              />
            </SimpleGrid>
            <Checkbox
              label={t('clientFile.tracfin.documentChecked')}
              {...form.register('identityDocument.checked')}
              data-testid="tracfin-document-checked"
            />

            <Title order={5}>{t('clientFile.tracfin.owners')}</Title>
            <Text size="sm" c="dimmed">
              {contact.identityType === 'company'
                ? t('clientFile.tracfin.ownersCompany')
                : t('clientFile.tracfin.ownersPerson')}
            </Text>
            {owners.fields.map((owner, index) => (
              <Group key={owner.id} align="flex-end" gap="sm" wrap="nowrap">
                <TextInput
                  label={t('clientFile.tracfin.ownerName')}
                  style={{ flex: 2 }}
                  {...form.register(`beneficialOwners.${index}.name`)}
                  error={formMessage(t, errors.beneficialOwners?.[index]?.name?.message)}
                />
                <TextInput
                  label={t('clientFile.tracfin.ownerBirthDate')}
                  type="date"
                  style={{ flex: 1 }}
                  {...form.register(`beneficialOwners.${index}.birthDate`)}
                  error={formMessage(t, errors.beneficialOwners?.[index]?.birthDate?.message)}
                />
                <Controller
                  control={form.control}
                  name={`beneficialOwners.${index}.sharePercent`}
                  render={({ field }) => (
                    <NumberInput
                      label={t('clientFile.tracfin.ownerShare')}
                      suffix=" %"
                      min={0}
                      max={100}
                      style={{ flex: 1 }}
                      value={field.value}
                      onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                      error={formMessage(t, errors.beneficialOwners?.[index]?.sharePercent?.message)}
                    />
                  )}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('clientFile.tracfin.removeOwner')}
                  onClick={() => owners.remove(index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            {errors.beneficialOwners?.root?.message || errors.beneficialOwners?.message ? (
              <Text size="sm" c="red">
                {formMessage(t, errors.beneficialOwners.root?.message ?? errors.beneficialOwners.message)}
              </Text>
            ) : null}
            <Button
              variant="light"
              w="fit-content"
              leftSection={<IconPlus size={16} />}
              onClick={() => owners.append({ name: '', birthDate: '', sharePercent: '' })}
            >
              {t('clientFile.tracfin.addOwner')}
            </Button>

            <Title order={5}>{t('clientFile.tracfin.funds')}</Title>
            <Controller
              control={form.control}
              name="funds.origins"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('clientFile.tracfin.fundsOrigins')}
                  value={field.value}
                  onChange={field.onChange}
                  data-testid="tracfin-funds"
                >
                  <Group gap="md" mt={6}>
                    {FUNDS_ORIGINS.map((value) => (
                      <Checkbox key={value} value={value} label={t(`clientFile.fundsOrigins.${value}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <Textarea
              label={t('clientFile.tracfin.fundsDetail')}
              autosize
              minRows={2}
              {...form.register('funds.detail')}
              error={formMessage(t, errors.funds?.detail?.message)}
            />

            <Title order={5}>{t('clientFile.tracfin.pep')}</Title>
            <Controller
              control={form.control}
              name="pep.exposed"
              render={({ field }) => (
                <Radio.Group label={t('clientFile.tracfin.pepQuestion')} value={field.value} onChange={field.onChange}>
                  <Group gap="md" mt={6}>
                    <Radio value="no" label={t('clientFile.tracfin.no')} data-testid="tracfin-pep-no" />
                    <Radio value="yes" label={t('clientFile.tracfin.yes')} />
                  </Group>
                </Radio.Group>
              )}
            />
            <Textarea
              label={t('clientFile.tracfin.pepDetail')}
              autosize
              minRows={2}
              {...form.register('pep.detail')}
              error={formMessage(t, errors.pep?.detail?.message)}
            />

            <Title order={5}>{t('clientFile.tracfin.freeze')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('clientFile.tracfin.freezeCheckedAt')}
                type="datetime-local"
                {...form.register('assetFreezeCheck.checkedAt')}
                error={formMessage(t, errors.assetFreezeCheck?.checkedAt?.message)}
                data-testid="tracfin-freeze-at"
              />
              <Controller
                control={form.control}
                name="assetFreezeCheck.result"
                render={({ field }) => (
                  <Select
                    label={t('clientFile.tracfin.freezeResult')}
                    data={options(ASSET_FREEZE_RESULTS, 'clientFile.freezeResults')}
                    value={field.value === '' ? null : field.value}
                    onChange={(value) => field.onChange(value ?? '')}
                    error={formMessage(t, errors.assetFreezeCheck?.result?.message)}
                    clearable
                    data-testid="tracfin-freeze-result"
                  />
                )}
              />
              <Controller
                control={form.control}
                name="riskLevel"
                render={({ field }) => (
                  <Select
                    label={t('clientFile.tracfin.risk')}
                    data={options(RISK_LEVELS, 'clientFile.riskLevels')}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    data-testid="tracfin-risk"
                  />
                )}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button type="submit" loading={form.formState.isSubmitting} data-testid="tracfin-save">
                {t('clientFile.tracfin.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
