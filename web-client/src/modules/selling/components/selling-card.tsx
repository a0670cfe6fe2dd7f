import { Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconHomeDollar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../../tenant/tenant.context';
import { useClientSession } from '../../auth';
import { registerSellingMessages } from '../i18n/selling-messages';
import { sellerPropertiesQuery } from '../queries/selling.queries';

registerSellingMessages();

/**
 * The home page's entry to "Mon bien en vente": one line per property the client sells, with its
 * counts. Nothing at all for a client who sells nothing (a buyer), nor while it loads, so a buyer's
 * home does not move.
 */
export function SellingCard() {
  const { t } = useTranslation();
  const { tenantId } = useTenant();
  const { contactId } = useClientSession();
  const properties = useQuery(sellerPropertiesQuery(tenantId, contactId));
  if (!properties.data || properties.data.length === 0) return null;
  return (
    <Paper withBorder radius="lg" p="md" data-testid="selling-card">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconHomeDollar size={22} aria-hidden />
          <Title order={2} size="h4">
            {t('selling.entryTitle')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('selling.entryBody')}
        </Text>
        {properties.data.map((property) => (
          <UnstyledButton
            key={property.id}
            component={Link}
            to={`/selling/${property.id}`}
            aria-label={t('selling.entryOpen', { reference: property.reference })}
            data-testid="selling-card-property"
            p="sm"
            bg="var(--mantine-color-brand-light)"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" truncate>
                  {property.reference} · {property.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('selling.entryCounts', { visits: property.visitCount, offers: property.offerCount })}
                </Text>
              </Stack>
              <IconChevronRight size={18} aria-hidden style={{ flexShrink: 0 }} />
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
