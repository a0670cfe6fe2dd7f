import type { CallableContract } from '@estate/domain';
import type { TFunction } from 'i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';
import { fieldError } from '../../../ui/field-error';

/** The invoicing schemas' own rules, in the user's language; the shared ones through fieldError. */
const INVOICE_MESSAGES: Record<string, string> = {
  'a SIREN of nine digits': 'invoicing.validation.siren',
  'a VAT number such as FR32123456789': 'invoicing.validation.vatNumber',
  'the agency’s SIREN is required': 'invoicing.validation.sirenRequired',
  'a country code such as FR': 'invoicing.validation.country',
  'at least one line': 'invoicing.validation.oneLine',
  'more than 0': 'invoicing.validation.positive',
  'at most three decimals': 'invoicing.validation.decimals',
  'the line’s total is too large': 'invoicing.validation.tooLarge',
};

export function invoiceFieldError(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const known = INVOICE_MESSAGES[message];
  if (known) return t(known);
  return fieldError(t, message);
}

/** A refusal of an invoicing-* callable in the user's language; the function's own words for anything else. */
export function invoicingRefusalText(t: TFunction, contract: CallableContract, error: unknown): string {
  const reason = refusalOf(contract, error)?.reason;
  return reason
    ? t(`invoicing.refusals.${reason}`, { defaultValue: describeError(t, error) })
    : describeError(t, error);
}
