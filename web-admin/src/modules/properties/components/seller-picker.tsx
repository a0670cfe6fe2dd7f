import { contactFullName, PROPERTY_SELLERS_MAX } from '@estate/domain';
import { Group, Pill, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { contactOptions } from '../../contacts';
import { ContactPicker } from './contact-picker';

interface SellerPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** The property's sellers (at most five), found by the quick search and removed one by one. */
export function SellerPicker({ value, onChange }: SellerPickerProps) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const sellers = useQueries({ queries: value.map((id) => contactOptions(tenant.tenantId, id)) });
  const full = value.length >= PROPERTY_SELLERS_MAX;

  return (
    <Stack gap={6}>
      <ContactPicker
        label={t('properties.fields.sellers')}
        placeholder={full ? t('properties.form.sellersFull') : undefined}
        disabled={full}
        exclude={value}
        onPick={(contact) => onChange([...value, contact.id])}
      />
      {value.length > 0 ? (
        <Group gap={6} aria-label={t('properties.fields.sellers')}>
          {value.map((id, index) => {
            const contact = sellers[index]?.data;
            const name = contact ? contactFullName(contact) || contact.email : '…';
            return (
              <Pill
                key={id}
                withRemoveButton
                onRemove={() => onChange(value.filter((other) => other !== id))}
                removeButtonProps={{ 'aria-label': t('properties.form.removeSeller', { name }) }}
              >
                {name}
              </Pill>
            );
          })}
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('properties.form.noSellers')}
        </Text>
      )}
    </Stack>
  );
}
