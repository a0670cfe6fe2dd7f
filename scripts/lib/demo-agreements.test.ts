import { developerSignatorySchema, powerState } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { demoSignatories } from './demo-agreements';

describe('demo signatories', () => {
  const now = new Date('2026-12-07T10:00:00Z');

  it('are valid documents: one whose power holds, one whose power expired', () => {
    const signatories = demoSignatories(now);
    for (const signatory of signatories) expect(developerSignatorySchema.parse(signatory)).toEqual(signatory);
    expect(signatories.map((signatory) => powerState(signatory.power, now))).toEqual(['valid', 'expired']);
  });
});
