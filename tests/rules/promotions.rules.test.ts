import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, deleteField, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const PROMOTION = 'spring';
const NEW_PROMOTION = 'summer';
const PLAN = 'plan12';
const NEW_PLAN = 'plan24';

function promotionDoc(id: string): DocData {
  return {
    id,
    name: 'Скидка 5 % на двушки',
    description: '',
    validFrom: at('2026-03-01T00:00:00Z'),
    validUntil: at('2026-05-31T23:59:59Z'),
    scope: { projectIds: ['riverside'], buildingIds: [], kinds: ['apartment'], rooms: [2], unitIds: [] },
    discount: { kind: 'percent', percent: 5 },
    combinesWith: [],
    planIds: [PLAN],
    endedAt: null,
    createdAt: at('2026-02-20T09:00:00Z'),
    updatedAt: at('2026-02-20T09:00:00Z'),
  };
}

/** A promotion as the promotion form creates it (promotionSchema). */
function newPromotion(id: string): DocData {
  return {
    ...promotionDoc(id),
    name: 'Паркинг в подарок',
    discount: { kind: 'amount', amount: 900_000 },
    createdAt: serverTime(),
    updatedAt: serverTime(),
  };
}

function planDoc(id: string): DocData {
  return {
    id,
    name: 'Рассрочка 12 месяцев',
    downPaymentPercent: 30,
    months: 12,
    markupPercent: 4.5,
    createdAt: at('2026-02-20T09:00:00Z'),
    updatedAt: at('2026-02-20T09:00:00Z'),
  };
}

const newPlan = (id: string): DocData => ({ ...planDoc(id), createdAt: serverTime(), updatedAt: serverTime() });

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.promotion(TENANT, PROMOTION)]: promotionDoc(PROMOTION),
    [paths.promotion(OTHER_TENANT, PROMOTION)]: promotionDoc(PROMOTION),
    [paths.instalmentPlan(TENANT, PLAN)]: planDoc(PLAN),
    [paths.instalmentPlan(OTHER_TENANT, PLAN)]: planDoc(PLAN),
  });
});

const promotionRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.promotion(tenantId, id));
const planRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.instalmentPlan(tenantId, id));

const edit = (changes: DocData): DocData => ({ ...changes, updatedAt: serverTime() });

const malformedPromotion: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 121 characters', { name: 'x'.repeat(121) }],
  ['a description of 1001 characters', { description: 'x'.repeat(1001) }],
  ['an end before its start', { validUntil: at('2026-02-01T00:00:00Z') }],
  ['a start that is text', { validFrom: '2026-03-01' }],
  ['a percent of 0', { discount: { kind: 'percent', percent: 0 } }],
  ['a percent over 100', { discount: { kind: 'percent', percent: 100.5 } }],
  ['a percent with three decimals', { discount: { kind: 'percent', percent: 5.125 } }],
  ['a fractional amount', { discount: { kind: 'amount', amount: 10.5 } }],
  ['an amount of 0', { discount: { kind: 'amount', amount: 0 } }],
  ['a price per m² as text', { discount: { kind: 'pricePerSquareMetre', pricePerSquareMetre: '150000' } }],
  ['an unknown discount kind', { discount: { kind: 'gift', amount: 10 } }],
  ['a discount with an extra key', { discount: { kind: 'amount', amount: 10, percent: 5 } }],
  ['an unknown unit kind', { 'scope.kinds': ['villa'] }],
  ['rooms over 20', { 'scope.rooms': [21] }],
  ['a project id with a slash', { 'scope.projectIds': ['a/b'] }],
  ['a unit listed twice', { 'scope.unitIds': ['u1', 'u1'] }],
  ['a scope without its unit list', { 'scope.unitIds': deleteField() }],
  ['a scope with an extra key', { 'scope.floors': [1] }],
  ['combinesWith that is not a list', { combinesWith: 'winter' }],
  ['51 combined promotions', { combinesWith: Array.from({ length: 51 }, (_, index) => `p${index}`) }],
  ['a plan listed twice', { planIds: [PLAN, PLAN] }],
];

const malformedPlan: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 81 characters', { name: 'x'.repeat(81) }],
  ['a down payment over 100 %', { downPaymentPercent: 101 }],
  ['a negative markup', { markupPercent: -1 }],
  ['a markup with three decimals', { markupPercent: 1.125 }],
  ['0 months', { months: 0 }],
  ['361 months', { months: 361 }],
  ['a fractional number of months', { months: 12.5 }],
];

for (const persona of ['owner', 'admin', 'manager'] as const) {
  describe(persona, () => {
    it('creates promotions of each discount kind', async () => {
      await assertSucceeds(promotionRef(persona, NEW_PROMOTION).set(newPromotion(NEW_PROMOTION)));
      await assertSucceeds(
        promotionRef(persona, 'percent').set({
          ...newPromotion('percent'),
          discount: { kind: 'percent', percent: 7.25 },
          combinesWith: [PROMOTION],
        }),
      );
      await assertSucceeds(
        promotionRef(persona, 'fixed').set({
          ...newPromotion('fixed'),
          discount: { kind: 'pricePerSquareMetre', pricePerSquareMetre: 145_000 },
          scope: { projectIds: [], buildingIds: [], kinds: [], rooms: [], unitIds: ['u1', 'u2'] },
          planIds: [],
        }),
      );
    });

    it.each([
      ['an id that is not the document id', { id: 'other' }],
      ['a promotion created ended', { endedAt: at('2026-03-01T00:00:00Z') }],
      ['a backdated createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { priority: 1 }],
      ...malformedPromotion,
    ])('refuses a new promotion with %s', async (_label, change) => {
      const data = { ...newPromotion(NEW_PROMOTION) };
      for (const [key, value] of Object.entries(change)) {
        const [head, tail] = key.split('.') as [string, string | undefined];
        if (tail === undefined) data[head] = value;
        else {
          const inner = { ...(data[head] as DocData) };
          if ((value as { isEqual?: (other: unknown) => boolean }).isEqual?.(deleteField())) delete inner[tail];
          else inner[tail] = value;
          data[head] = inner;
        }
      }
      await assertFails(promotionRef(persona, NEW_PROMOTION).set(data));
    });

    it('edits a promotion, ends it early and deletes it', async () => {
      await assertSucceeds(
        promotionRef(persona, PROMOTION).update(
          edit({ name: 'Скидка 7 %', discount: { kind: 'percent', percent: 7 }, combinesWith: ['winter'] }),
        ),
      );
      await assertSucceeds(promotionRef(persona, PROMOTION).update(edit({ endedAt: serverTime() })));
      await assertSucceeds(promotionRef(persona, PROMOTION).delete());
    });

    it.each([
      ...malformedPromotion,
      ['its id', { id: 'renamed' }],
      ['its createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { priority: 1 }],
      ['an endedAt that is text', { endedAt: 'now' }],
    ])('refuses an edit with %s', async (_label, change) => {
      await assertFails(promotionRef(persona, PROMOTION).update(edit(change)));
    });

    it('cannot edit a promotion without stamping updatedAt with the request time', async () => {
      await assertFails(promotionRef(persona, PROMOTION).update({ name: 'Скидка 7 %' }));
    });

    it('creates, edits and deletes an instalment plan', async () => {
      await assertSucceeds(planRef(persona, NEW_PLAN).set({ ...newPlan(NEW_PLAN), months: 24, markupPercent: 0 }));
      await assertSucceeds(planRef(persona, PLAN).update(edit({ months: 18, downPaymentPercent: 20.5 })));
      await assertSucceeds(planRef(persona, PLAN).delete());
    });

    it.each([
      ...malformedPlan,
      ['an id that is not the document id', { id: 'other' }],
      ['an unknown field', { bank: 'Сбербанк' }],
    ])('refuses a new plan with %s', async (_label, change) => {
      await assertFails(planRef(persona, NEW_PLAN).set({ ...newPlan(NEW_PLAN), ...change }));
    });

    it.each([...malformedPlan, ['its id', { id: 'renamed' }]])(
      'refuses a plan edit with %s',
      async (_label, change) => {
        await assertFails(planRef(persona, PLAN).update(edit(change)));
      },
    );

    it("cannot read or write another tenant's promotions and plans", async () => {
      await assertFails(promotionRef(persona, PROMOTION, OTHER_TENANT).get());
      await assertFails(promotionRef(persona, NEW_PROMOTION, OTHER_TENANT).set(newPromotion(NEW_PROMOTION)));
      await assertFails(promotionRef(persona, PROMOTION, OTHER_TENANT).delete());
      await assertFails(planRef(persona, PLAN, OTHER_TENANT).get());
      await assertFails(planRef(persona, NEW_PLAN, OTHER_TENANT).set(newPlan(NEW_PLAN)));
    });
  });
}

describe('agent', () => {
  it('reads promotions and plans to price a unit', async () => {
    const promotions = await assertSucceeds(dbOf(env, 'agent').collection(paths.promotions(TENANT)).get());
    expect(promotions.size).toBe(1);
    await assertSucceeds(planRef('agent', PLAN).get());
  });

  it('cannot create, edit, end or delete them', async () => {
    await assertFails(promotionRef('agent', NEW_PROMOTION).set(newPromotion(NEW_PROMOTION)));
    await assertFails(promotionRef('agent', PROMOTION).update(edit({ endedAt: serverTime() })));
    await assertFails(promotionRef('agent', PROMOTION).delete());
    await assertFails(planRef('agent', NEW_PLAN).set(newPlan(NEW_PLAN)));
    await assertFails(planRef('agent', PLAN).update(edit({ months: 6 })));
    await assertFails(planRef('agent', PLAN).delete());
  });
});

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read or write promotions and plans', async () => {
      await assertFails(promotionRef(persona, PROMOTION).get());
      await assertFails(dbOf(env, persona).collection(paths.promotions(TENANT)).get());
      await assertFails(promotionRef(persona, NEW_PROMOTION).set(newPromotion(NEW_PROMOTION)));
      await assertFails(promotionRef(persona, PROMOTION).delete());
      await assertFails(planRef(persona, PLAN).get());
      await assertFails(planRef(persona, NEW_PLAN).set(newPlan(NEW_PLAN)));
    });
  });
}
