import { signatoryInputSchemaFor, toCalendarDate, type Signatory } from '@estate/domain';
import { z } from 'zod';

/** A `<input type="date">` value: '' for none, read as midnight UTC of that day. */
const dateFieldSchema = z
  .string()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), { message: 'invalid date' })
  .transform((value) => (value === '' ? null : new Date(`${value}T00:00:00.000Z`)));

/** A NumberInput value: '' for none. */
const optionalNumberField = z.union([z.number(), z.literal('')]).transform((value) => (value === '' ? null : value));

/**
 * The signatory form: the domain's input (phone as typed, read in the agency's country) with the date
 * and the share as the inputs give them. The output is a `SignatoryInput`.
 */
export function signatoryFormSchemaFor(country: string) {
  return signatoryInputSchemaFor(country).extend({
    birthDate: dateFieldSchema,
    sharePercent: optionalNumberField.pipe(
      z.number().gt(0, { message: 'more than 0' }).max(100, { message: 'at most 100' }).nullable(),
    ),
  });
}
export type SignatoryFormInput = z.input<ReturnType<typeof signatoryFormSchemaFor>>;
export type SignatoryFormOutput = z.output<ReturnType<typeof signatoryFormSchemaFor>>;

export function emptySignatoryForm(): SignatoryFormInput {
  return {
    role: 'spouse',
    civility: '',
    firstName: '',
    lastName: '',
    birthDate: '',
    email: '',
    phone: '',
    address: { street: '', postalCode: '', city: '', country: '' },
    sharePercent: '',
    notes: '',
  };
}

export function signatoryToForm(signatory: Signatory): SignatoryFormInput {
  return {
    role: signatory.role,
    civility: signatory.civility,
    firstName: signatory.firstName,
    lastName: signatory.lastName,
    birthDate: signatory.birthDate ? toCalendarDate(signatory.birthDate) : '',
    email: signatory.email,
    phone: signatory.phone,
    address: signatory.address,
    sharePercent: signatory.sharePercent ?? '',
    notes: signatory.notes,
  };
}
