import { Badge, Combobox, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../tenant/tenant.context';
import { propertyQuickSearchOptions } from '../queries/properties.queries';

/** The top bar's answers among properties: by reference, city, street or postcode. */
export function PropertyQuickResults({ typed }: { typed: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trimmed = typed.trim();
  const results = useQuery({
    ...propertyQuickSearchOptions(tenant.tenantId, trimmed),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
  });
  const properties = trimmed.length >= 2 ? (results.data ?? []) : [];
  if (properties.length === 0) return null;
  return (
    <Combobox.Group label={t('properties.quickSearch.group')}>
      {properties.map((property) => (
        <Combobox.Option
          key={property.id}
          value={`/properties/${encodeURIComponent(property.id)}`}
          aria-label={`${property.reference} ${property.title}`}
        >
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0} miw={0}>
              <Text size="sm" fw={600} truncate="end">
                {property.reference} · {property.title}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {[
                  property.address.street,
                  [property.address.postalCode, property.address.city].filter(Boolean).join(' '),
                ]
                  .filter(Boolean)
                  .join(', ')}
              </Text>
            </Stack>
            <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
              {t(`properties.types.${property.propertyType}`)}
            </Badge>
          </Group>
        </Combobox.Option>
      ))}
    </Combobox.Group>
  );
}
