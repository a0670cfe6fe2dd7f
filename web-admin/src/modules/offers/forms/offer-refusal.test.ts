import { describe, expect, it } from 'vitest';
import { refusalKey, tracfinRefusalOf } from './offer-refusal';

const refused = (details: unknown) => Object.assign(new Error('refused'), { details });

describe('the offers refusals', () => {
  it('reads the buyer and what their Tracfin file lacks', () => {
    expect(
      tracfinRefusalOf(refused({ reason: 'tracfin-incomplete', contactId: 'b1', missing: ['riskLevel', 'file'] })),
    ).toEqual({ reason: 'tracfin-incomplete', contactId: 'b1', missing: ['riskLevel', 'file'] });
    expect(tracfinRefusalOf(refused({ reason: 'offer-closed' }))).toBeNull();
    expect(tracfinRefusalOf(new Error('network'))).toBeNull();
  });

  it('names the reason of any refusal, generic without one', () => {
    expect(refusalKey(refused({ reason: 'offer-closed' }))).toBe('offer-closed');
    expect(refusalKey(new Error('network'))).toBe('generic');
  });
});
