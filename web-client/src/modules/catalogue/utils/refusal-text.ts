import type { CallableContract } from '@estate/domain';
import type { Refused } from '@estate/web-shared/callables';
import type { TFunction } from 'i18next';

/** The reasons the catalogue words in the client's language; others keep the callable's own sentence. */
const WORDED = new Set([
  'client-limit-reached',
  'unit-reserved',
  'unit-not-available',
  'client-space-not-active',
  'reservation-not-found',
  'reservation-closed',
]);

export function refusalText<C extends CallableContract>(t: TFunction, refused: Refused<C>): string {
  if (refused.reason !== null && WORDED.has(refused.reason)) {
    const max = typeof refused.details.max === 'number' ? refused.details.max : '';
    return t(`catalogue.refusals.${refused.reason}`, { max });
  }
  return refused.message;
}
