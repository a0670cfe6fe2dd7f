import type { Offer } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import { threadsOf } from './offer-threads';

const offer = (id: string, threadId: string, round: number, updatedAt: string) =>
  ({ id, threadId, round, updatedAt: new Date(updatedAt) }) as Offer;

describe('threadsOf', () => {
  it('groups an offer with its counters in round order, the thread moved last first', () => {
    const threads = threadsOf([
      offer('b', 'b', 1, '2026-03-02'),
      offer('a-r2', 'a', 2, '2026-03-05'),
      offer('a', 'a', 1, '2026-03-01'),
    ]);
    expect(threads.map((thread) => thread.map((one) => one.id))).toEqual([['a', 'a-r2'], ['b']]);
  });
});
