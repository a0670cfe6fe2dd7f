import { NumberInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { fieldError } from '../../../../ui/field-error';
import { domainMessage } from './domain-message';

export function formMessage(t: TFunction, message: string | undefined): string | undefined {
  return domainMessage(t, message) ?? fieldError(t, message);
}

interface AmountFieldProps<F extends FieldValues, O extends FieldValues> {
  control: Control<F, unknown, O>;
  name: FieldPath<F>;
  label: string;
  error: string | undefined;
  suffix?: string;
  integer?: boolean;
  testId?: string;
}

/** A number field whose empty value is '' (the forms turn it into null). */
export function AmountField<F extends FieldValues, O extends FieldValues>({
  control,
  name,
  label,
  error,
  suffix,
  integer,
  testId,
}: AmountFieldProps<F, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          value={field.value as number | ''}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          min={0}
          thousandSeparator=" "
          allowDecimal={!integer}
          allowNegative={false}
          suffix={suffix}
          error={error}
          data-testid={testId}
        />
      )}
    />
  );
}
