import { formatPhone, type Contact } from '@estate/domain';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../../../tenant/tenant.context';
import { formatDateTime } from '../../../../ui/format-date';
import { contactsSettingsOptions } from '../../settings/queries/contacts-settings.queries';
import { teamMembersOptions } from '../../../team';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

const dash = <Text c="dimmed">—</Text>;

/** Identity, how to reach the client, who follows them and where they came from. */
export function GeneralTab({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const settings = useQuery(contactsSettingsOptions(tenant.tenantId));
  const members = useQuery(teamMembersOptions(tenant.tenantId));
  const nameOf = (uid: string | null) => members.data?.find((member) => member.uid === uid)?.displayName ?? '—';
  const origin = settings.data?.origins.find((item) => item.id === contact.originId)?.label;
  const address = [contact.address.street, `${contact.address.postalCode} ${contact.address.city}`.trim()]
    .filter((part) => part !== '')
    .join(', ');

  return (
    <Card withBorder radius="lg" p="lg" data-testid="client-general">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Field label={t('clientFile.general.identity')}>
          <Text>
            {contact.identityType === 'company'
              ? [contact.companyName, contact.legalForm, contact.registrationNumber].filter(Boolean).join(' · ')
              : [
                  contact.civility ? t(`clientFile.civility.${contact.civility}`) : '',
                  contact.firstName,
                  contact.lastName,
                ]
                  .filter(Boolean)
                  .join(' ')}
          </Text>
          {contact.identityType === 'company' && (contact.firstName || contact.lastName) ? (
            <Text size="sm" c="dimmed">
              {t('clientFile.general.representative', { name: `${contact.firstName} ${contact.lastName}`.trim() })}
            </Text>
          ) : null}
        </Field>
        <Field label={t('fields.email')}>
          {contact.emails.length === 0 && contact.unverifiedEmails.length === 0
            ? dash
            : contact.emails.map((email) => (
                <Group key={email.address} gap={6}>
                  <Anchor href={`mailto:${email.address}`}>{email.address}</Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`clientFile.labels.${email.label}`)}
                  </Text>
                </Group>
              ))}
          {/* Brought by a portal lead matched by phone alone: shown, never linked nor mailed until confirmed. */}
          {contact.unverifiedEmails.map((email) => (
            <Group key={email.address} gap={6} data-testid="unverified-email">
              <Text c="dimmed">{email.address}</Text>
              <Tooltip label={t('clientFile.general.unverifiedHint')} multiline w={280} withArrow>
                <Badge size="xs" color="orange" variant="light">
                  {t('clientFile.general.unverified', { portal: email.portal })}
                </Badge>
              </Tooltip>
            </Group>
          ))}
        </Field>
        <Field label={t('fields.phone')}>
          {contact.phones.length === 0
            ? dash
            : contact.phones.map((phone) => (
                <Group key={phone.number} gap={6}>
                  <Anchor href={`tel:${phone.number}`}>{formatPhone(phone.number)}</Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`clientFile.labels.${phone.label}`)}
                  </Text>
                </Group>
              ))}
        </Field>
        <Field label={t('fields.address')}>{address ? <Text>{address}</Text> : dash}</Field>
        <Field label={t('fields.clientLanguage')}>
          <Text>{t(`languages.${contact.locale}`)}</Text>
        </Field>
        <Field label={t('clientFile.general.agent')}>
          <Text>{nameOf(contact.assignedAgentUid)}</Text>
        </Field>
        <Field label={t('clientFile.general.origin')}>{origin ? <Text>{origin}</Text> : dash}</Field>
        <Field label={t('clientFile.general.tags')}>
          {contact.tags.length === 0 ? (
            dash
          ) : (
            <Group gap={4}>
              {contact.tags.map((tag) => (
                <Badge key={tag} variant="light" size="sm">
                  {tag}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
        <Field label={t('clientFile.general.consent')}>
          <Text>
            {contact.consent.marketing
              ? t('clientFile.general.consentGiven', { date: formatDateTime(contact.consent.at) })
              : t('clientFile.general.consentNone')}
          </Text>
        </Field>
        <Field label={t('clientFile.general.created')}>
          <Text>
            {formatDateTime(contact.createdAt)} · {nameOf(contact.createdBy)}
          </Text>
        </Field>
        {contact.conversion ? (
          <Field label={t('clientFile.general.converted')}>
            <Text>
              {t(`clientFile.kinds.${contact.conversion.from}`)} · {formatDateTime(contact.conversion.at)} ·{' '}
              {nameOf(contact.conversion.by)}
            </Text>
          </Field>
        ) : null}
        <Field label={t('clientFile.general.portal')}>
          <Text>{t(`clientFile.portal.${contact.portal.status}`)}</Text>
        </Field>
      </SimpleGrid>
    </Card>
  );
}
