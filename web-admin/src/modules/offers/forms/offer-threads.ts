import type { Offer } from '@estate/domain';

/** Offers grouped by thread (an offer and its counters), newest thread first, each thread in its rounds' order. */
export function threadsOf(offers: readonly Offer[]): Offer[][] {
  const threads = new Map<string, Offer[]>();
  for (const offer of offers) threads.set(offer.threadId, [...(threads.get(offer.threadId) ?? []), offer]);
  return [...threads.values()]
    .map((thread) => [...thread].sort((a, b) => a.round - b.round))
    .sort((a, b) => (b.at(-1)?.updatedAt.getTime() ?? 0) - (a.at(-1)?.updatedAt.getTime() ?? 0));
}
