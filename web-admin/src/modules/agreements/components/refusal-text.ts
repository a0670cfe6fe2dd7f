import { advanceAgreementContract, generateAgreementContract } from '@estate/domain';
import type { TFunction } from 'i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';
import { formatDay } from './format-day';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const placeholders = (value: unknown) =>
  Array.isArray(value) ? value.map((item) => `{{${String(item)}}}`).join(', ') : '';

/** A refusal of the agreements callables in the user's language, with what its details name. */
export function agreementRefusalText(
  t: TFunction,
  refused: { reason: string; details: Record<string, unknown> },
  day: (date: Date) => string,
): string {
  const { details } = refused;
  const dayOf = (value: unknown) => (text(value) ? day(new Date(text(value))) : '');
  return t(`agreements.refusals.${refused.reason}`, {
    name: text(details.signatoryName),
    number: text(details.powerNumber),
    validUntil: dayOf(details.validUntil),
    issuedOn: dayOf(details.issuedOn),
    unknown: placeholders(details.unknown),
    missing: placeholders(details.missing),
    status: text(details.status) ? t(`agreements.statuses.${text(details.status)}`) : '',
    interpolation: { escapeValue: false },
  });
}

/** What a failed generation or step says: the refusal explained, or the generic error. */
export function agreementErrorText(t: TFunction, error: unknown): string {
  const refused = refusalOf(generateAgreementContract, error) ?? refusalOf(advanceAgreementContract, error);
  return refused?.reason
    ? agreementRefusalText(t, { reason: refused.reason, details: refused.details }, formatDay)
    : describeError(t, error);
}
