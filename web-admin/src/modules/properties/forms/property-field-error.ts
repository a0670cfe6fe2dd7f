import type { TFunction } from 'i18next';
import { fieldError } from '../../../ui/field-error';

/** The domain's property messages in the user's language; the others as every form reads them. */
export function propertyFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const atMost = /^at most (\d+)$/.exec(message);
  if (atMost) return t('properties.validation.atMost', { max: atMost[1] });
  const atLeast = /^at least (-?\d+)$/.exec(message);
  if (atLeast) return t('properties.validation.atLeast', { min: atLeast[1] });
  const known: Record<string, string> = {
    'a whole number': 'properties.validation.wholeNumber',
    'a number': 'properties.validation.invalid',
    'more than 0': 'properties.validation.positive',
    'at most 100 %': 'properties.validation.percentMax',
    'sold is for a sale, rented for a rental': 'properties.validation.statusForDeal',
    'an address starting with https://': 'properties.validation.url',
  };
  const key = known[message];
  return key ? t(key) : fieldError(t, message);
}
