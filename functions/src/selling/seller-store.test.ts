import { describe, expect, it } from 'vitest';
import { changedFields, listingHash } from './seller-store';

const side = (exists: boolean, data: Record<string, unknown>) => ({
  exists,
  get: (field: string) => data[field],
});

describe('the sellers’ projections', () => {
  it('follow a write only when it changes what a copy is made of', () => {
    const fields = ['status', 'price'];
    const before = side(true, { status: 'online', price: 1, photos: [] });
    expect(changedFields({ before, after: side(true, { status: 'online', price: 1, photos: ['p'] }) }, fields)).toBe(
      false,
    );
    expect(changedFields({ before, after: side(true, { status: 'sold', price: 1 }) }, fields)).toBe(true);
    expect(changedFields({ before: side(false, {}), after: before }, fields)).toBe(true);
    expect(changedFields({ before, after: side(false, {}) }, fields)).toBe(true);
    expect(changedFields(undefined, fields)).toBe(false);
  });

  it("key a report by a hash of its listing that does not give the buyer's id back", () => {
    const hash = listingHash('t1', 'buyer123_prop456');
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hash).not.toContain('buyer123');
    expect(listingHash('t1', 'buyer123_prop456')).toBe(hash);
    expect(listingHash('t2', 'buyer123_prop456')).not.toBe(hash);
  });
});
