import type { TFunction } from 'i18next';

/** The client file's own validation messages beyond the common ones of `fieldError`. */
const MESSAGES: Record<string, string> = {
  'invalid phone number': 'clientFile.validation.phone',
  'invalid date': 'clientFile.validation.date',
  'more than 0': 'clientFile.validation.positive',
  'at most 100': 'clientFile.validation.atMost100',
  'a number': 'clientFile.validation.number',
  'a whole number': 'clientFile.validation.wholeNumber',
  'at least 0': 'clientFile.validation.positive',
  'the maximum is below the minimum': 'clientFile.validation.budget',
  'a cash purchase has no loan': 'clientFile.validation.cashLoan',
  'only an owner sells first': 'clientFile.validation.ownerSells',
  'at least one type': 'clientFile.validation.oneType',
  'a postal code like 75011': 'clientFile.validation.postalCode',
  'the same value twice': 'clientFile.validation.twice',
  'the shares add up to more than 100': 'clientFile.validation.shares',
  'a date in the future': 'clientFile.validation.future',
};

export function domainMessage(t: TFunction, message: string | undefined): string | undefined {
  const key = message ? MESSAGES[message] : undefined;
  return key ? t(key) : undefined;
}
