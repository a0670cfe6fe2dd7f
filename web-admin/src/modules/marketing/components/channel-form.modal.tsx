import { saveChannelContract, type MarketingChannel, type Month } from '@estate/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { useTenant } from '../../../tenant/tenant.context';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { contactsSettingsOptions } from '../../contacts';
import { saveChannel } from '../data/marketing.repository';
import {
  channelFormOf,
  channelFormSchema,
  channelInputOf,
  channelRefusalText,
  type ChannelForm,
} from '../forms/channel.form';
import { marketingKeys } from '../queries/marketing.queries';
import { monthLabel } from './month-format';

/** A new channel's id, made once per opening of the form so a retried save writes the same channel. */
const newChannelId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 20);

/** Create or edit a channel: its name, the lead origins it brings and what it cost each month. */
export function ChannelFormModal({
  channel,
  channels,
  months,
  onClose,
}: {
  channel: MarketingChannel | null;
  /** Every channel, to tell which origins another one already brings. */
  channels: readonly MarketingChannel[];
  /** The months whose costs the form shows, oldest first. */
  months: readonly Month[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const queryClient = useQueryClient();
  const settings = useQuery(contactsSettingsOptions(tenantId));
  const [channelId] = useState(() => channel?.id ?? newChannelId());
  const form = useForm<ChannelForm>({
    resolver: zodResolver(channelFormSchema),
    defaultValues: channelFormOf(channel, months),
  });
  const costs = useFieldArray({ control: form.control, name: 'costs' });
  const errors = form.formState.errors;

  const originOptions = useMemo(() => {
    const broughtBy = new Map(
      channels
        .filter((other) => other.id !== channelId)
        .flatMap((other) => other.originIds.map((id) => [id, other.name])),
    );
    return (settings.data?.origins ?? [])
      .filter((origin) => origin.active || channel?.originIds.includes(origin.id))
      .map((origin) => {
        const other = broughtBy.get(origin.id);
        return {
          value: origin.id,
          label: other ? t('marketing.form.originOf', { origin: origin.label, channel: other }) : origin.label,
          disabled: other !== undefined,
        };
      });
  }, [settings.data, channels, channelId, channel, t]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await saveChannel(channelInputOf(values, channelId, channel?.costs ?? {}));
      await queryClient.invalidateQueries({ queryKey: marketingKeys.channels(tenantId) });
      notifySuccess(t('marketing.done.saved'));
      onClose();
    } catch (caught) {
      const refused = refusalOf(saveChannelContract, caught);
      notifyError((refused && channelRefusalText(t, refused)) ?? describeError(t, caught));
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t(channel ? 'marketing.form.editTitle' : 'marketing.form.newTitle')}</Text>}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('marketing.form.name')}
            placeholder={t('marketing.form.namePlaceholder')}
            required
            data-autofocus
            {...form.register('name')}
            error={errors.name?.message ? t(errors.name.message) : undefined}
          />
          <Controller
            control={form.control}
            name="originIds"
            render={({ field }) => (
              <MultiSelect
                label={t('marketing.form.origins')}
                description={t('marketing.form.originsHelp')}
                required
                data={originOptions}
                value={field.value}
                onChange={field.onChange}
                searchable
                nothingFoundMessage={t('marketing.form.noOrigin')}
                error={errors.originIds?.message ? t(errors.originIds.message) : undefined}
              />
            )}
          />
          <div>
            <Text fw={600} size="sm">
              {t('marketing.form.costs')}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t('marketing.form.costsHelp')}
            </Text>
            <ScrollArea.Autosize mah={320}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {costs.fields.map((item, index) => (
                  <Controller
                    key={item.id}
                    control={form.control}
                    name={`costs.${index}.amount`}
                    render={({ field }) => {
                      const message = errors.costs?.[index]?.amount?.message;
                      return (
                        <NumberInput
                          label={monthLabel(item.month)}
                          data-testid={`channel-cost-${item.month}`}
                          value={field.value ?? ''}
                          onChange={(value) =>
                            field.onChange(value === '' ? null : typeof value === 'number' ? value : Number.NaN)
                          }
                          min={0}
                          decimalScale={0}
                          thousandSeparator=" "
                          error={message ? t(message) : undefined}
                        />
                      );
                    }}
                  />
                ))}
              </SimpleGrid>
            </ScrollArea.Autosize>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
