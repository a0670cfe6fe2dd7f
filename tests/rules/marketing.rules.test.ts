import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const CHANNEL = 'google-ads';
const MONTH = '2026-03';
const EVENT = 'contact-c1';

function channelDoc(id: string): DocData {
  return {
    id,
    name: 'Яндекс Директ',
    originIds: ['site-web'],
    costs: { '2026-02': 120_000, '2026-03': 150_000 },
    createdAt: at('2026-02-01T09:00:00Z'),
    updatedAt: at('2026-03-01T09:00:00Z'),
    updatedBy: 'olga-owner',
  };
}

function counterDoc(month: string): DocData {
  return {
    month,
    leads: { 'site-web': 12 },
    originReservations: { 'site-web': 3 },
    originSales: { 'site-web': 1 },
    reservations: { riverside: { projectName: 'Riverside', active: 2, expired: 1 } },
    sales: { b1: { projectId: 'riverside', projectName: 'Riverside', buildingName: 'A', count: 1, amount: 9_000_000 } },
    updatedAt: at('2026-03-15T09:00:00Z'),
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.marketingChannel(TENANT, CHANNEL)]: channelDoc(CHANNEL),
    [paths.marketingChannel(OTHER_TENANT, CHANNEL)]: channelDoc(CHANNEL),
    [paths.reportCounter(TENANT, MONTH)]: counterDoc(MONTH),
    [paths.reportCounter(OTHER_TENANT, MONTH)]: counterDoc(MONTH),
    [paths.reportEvent(TENANT, EVENT)]: { eventKey: EVENT, month: MONTH, countedAt: at('2026-03-15T09:00:00Z') },
  });
});

const channels = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).collection(paths.marketingChannels(tenantId));
const counters = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).collection(paths.reportCounters(tenantId));

for (const persona of ['owner', 'admin', 'manager'] as const) {
  describe(persona, () => {
    it('reads the channels and the month counters of the tenant', async () => {
      await assertSucceeds(channels(persona).doc(CHANNEL).get());
      await assertSucceeds(channels(persona).orderBy('name').limit(100).get());
      await assertSucceeds(counters(persona).doc(MONTH).get());
      await assertSucceeds(counters(persona).where('month', '>=', '2026-01').limit(12).get());
    });

    it('reads nothing of another tenant', async () => {
      await assertFails(channels(persona, OTHER_TENANT).doc(CHANNEL).get());
      await assertFails(counters(persona, OTHER_TENANT).doc(MONTH).get());
    });

    it('writes neither channels nor counters (the marketing functions do)', async () => {
      await assertFails(channels(persona).doc('new').set(channelDoc('new')));
      await assertFails(
        channels(persona)
          .doc(CHANNEL)
          .update({ costs: { '2026-03': 1 } }),
      );
      await assertFails(channels(persona).doc(CHANNEL).delete());
      await assertFails(counters(persona).doc(MONTH).set(counterDoc(MONTH)));
      await assertFails(counters(persona).doc(MONTH).update({ 'leads.site-web': 13 }));
    });

    it('neither reads nor writes the counted events', async () => {
      await assertFails(dbOf(env, persona).doc(paths.reportEvent(TENANT, EVENT)).get());
      await assertFails(dbOf(env, persona).doc(paths.reportEvent(TENANT, 'contact-c2')).set({ eventKey: 'x' }));
      await assertFails(dbOf(env, persona).doc(paths.reportEvent(TENANT, EVENT)).delete());
    });
  });
}

for (const persona of ['agent', 'partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no channel and no counter', async () => {
      await assertFails(channels(persona).doc(CHANNEL).get());
      await assertFails(channels(persona).limit(100).get());
      await assertFails(counters(persona).doc(MONTH).get());
      await assertFails(counters(persona).limit(12).get());
    });

    it('writes none', async () => {
      await assertFails(channels(persona).doc('new').set(channelDoc('new')));
      await assertFails(counters(persona).doc(MONTH).set(counterDoc(MONTH)));
    });
  });
}
