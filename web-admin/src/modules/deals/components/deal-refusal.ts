import type { CallableContract } from '@estate/domain';
import type { TFunction } from 'i18next';
import { refusalOf } from '../../../lib/firebase/callables';
import { describeError } from '../../../ui/auth-error';

/** A refusal of a deals-* callable in the user's language; the function's own words for anything else. */
export function dealRefusalText(t: TFunction, contract: CallableContract, error: unknown): string {
  const reason = refusalOf(contract, error)?.reason;
  return reason ? t(`deals.refusals.${reason}`, { defaultValue: describeError(t, error) }) : describeError(t, error);
}
