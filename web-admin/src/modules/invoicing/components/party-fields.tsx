import { Group, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartyForm } from '../forms/invoice.form';
import { invoiceFieldError } from './invoice-texts';

/**
 * The identity an invoice prints of a party: name, structured address (EN 16931 wants it so), SIREN,
 * VAT number and email; `mentions` for the issuer only. `errors` are the schema's, by field path
 * under `prefix`.
 */
export function PartyFields({
  value,
  onChange,
  errors,
  prefix,
  withMentions = false,
  testId,
}: {
  value: PartyForm;
  onChange: (next: PartyForm) => void;
  errors: Record<string, string>;
  prefix: string;
  withMentions?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const field = (name: keyof PartyForm, path: string, props: { w?: number; flex?: boolean } = {}) => (
    <TextInput
      label={t(`invoicing.party.${name}`)}
      value={value[name]}
      onChange={(event) => onChange({ ...value, [name]: event.currentTarget.value })}
      error={invoiceFieldError(t, errors[`${prefix}.${path}`])}
      w={props.w}
      style={props.flex ? { flex: 1 } : undefined}
      data-testid={`${testId}-${name}`}
    />
  );
  return (
    <>
      {field('name', 'name')}
      {field('street', 'address.street')}
      <Group gap="sm" align="flex-start" wrap="nowrap">
        {field('postalCode', 'address.postalCode', { w: 120 })}
        {field('city', 'address.city', { flex: true })}
        {field('country', 'address.country', { w: 90 })}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {field('siren', 'siren')}
        {field('vatNumber', 'vatNumber')}
        {field('email', 'email')}
      </SimpleGrid>
      {withMentions ? (
        <Textarea
          label={t('invoicing.party.mentions')}
          description={t('invoicing.party.mentionsHelp')}
          value={value.mentions}
          onChange={(event) => onChange({ ...value, mentions: event.currentTarget.value })}
          error={invoiceFieldError(t, errors[`${prefix}.mentions`])}
          autosize
          minRows={2}
          data-testid={`${testId}-mentions`}
        />
      ) : null}
    </>
  );
}
