import { NumberInput, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { Controller, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../ui/field-error';
import type { OfferTermsFormValues } from '../forms/offer-terms.form';

type NumberField = 'amount' | 'loanAmount' | 'loanRate' | 'loanMonths' | 'ownFunds';

/** The terms of an offer or a counter: price, loan condition, financing, other conditions, validity. */
export function OfferTermsFields({
  control,
  errors,
}: {
  control: Control<OfferTermsFormValues>;
  errors: FieldErrors<OfferTermsFormValues>;
}) {
  const { t } = useTranslation();
  const withLoan = useWatch({ control, name: 'withLoan' });
  const number = (name: NumberField, options: { decimal?: boolean; testId: string }) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={t(`offers.fields.${name}`)}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number(value) || 0)}
          onBlur={field.onBlur}
          min={0}
          allowDecimal={options.decimal ?? false}
          thousandSeparator={options.decimal ? undefined : ' '}
          error={fieldError(t, errors[name]?.message)}
          data-testid={options.testId}
        />
      )}
    />
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {number('amount', { testId: 'offer-amount' })}
        <Controller
          control={control}
          name="validUntil"
          render={({ field }) => (
            <TextInput
              type="date"
              label={t('offers.fields.validUntil')}
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value)}
              error={fieldError(t, errors.validUntil?.message)}
              data-testid="offer-valid-until"
            />
          )}
        />
        {number('ownFunds', { testId: 'offer-own-funds' })}
      </SimpleGrid>
      <Controller
        control={control}
        name="withLoan"
        render={({ field }) => (
          <Switch
            label={t('offers.fields.withLoan')}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            data-testid="offer-with-loan"
          />
        )}
      />
      {withLoan ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {number('loanAmount', { testId: 'offer-loan-amount' })}
          {number('loanRate', { decimal: true, testId: 'offer-loan-rate' })}
          {number('loanMonths', { testId: 'offer-loan-months' })}
        </SimpleGrid>
      ) : null}
      <Controller
        control={control}
        name="otherConditions"
        render={({ field }) => (
          <Textarea
            label={t('offers.fields.otherConditions')}
            description={t('offers.fields.otherConditionsHint')}
            autosize
            minRows={2}
            value={field.value}
            onChange={(event) => field.onChange(event.currentTarget.value)}
            error={fieldError(t, errors.otherConditions?.message)}
          />
        )}
      />
    </Stack>
  );
}
