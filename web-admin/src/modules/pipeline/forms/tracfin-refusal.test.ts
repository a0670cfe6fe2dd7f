import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { tracfinMissingOf } from './tracfin-refusal';

/** A callable's refusal as the Firebase SDK hands it over: a FirebaseError carrying `details`. */
const refusal = (code: string, details: unknown) =>
  Object.assign(new FirebaseError(`functions/${code}`, 'Refused.'), { details });

describe('tracfinMissingOf', () => {
  it('reads the missing items of a tracfin-incomplete refusal', () => {
    const error = refusal('failed-precondition', {
      reason: 'tracfin-incomplete',
      missing: ['identityDocument.number', 'riskLevel'],
    });
    expect(tracfinMissingOf(error)).toEqual(['identityDocument.number', 'riskLevel']);
  });

  it('is null for another refusal, an unknown item, no item, or an error without details', () => {
    expect(tracfinMissingOf(refusal('not-found', { reason: 'interest-not-found' }))).toBeNull();
    expect(
      tracfinMissingOf(
        refusal('failed-precondition', {
          reason: 'tracfin-incomplete',
          missing: ['shoeSize'],
        }),
      ),
    ).toBeNull();
    expect(tracfinMissingOf(refusal('failed-precondition', { reason: 'tracfin-incomplete', missing: [] }))).toBeNull();
    expect(tracfinMissingOf(new Error('offline'))).toBeNull();
    expect(tracfinMissingOf(null)).toBeNull();
  });
});
