import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { dbOf, OTHER_TENANT, seed, TENANT, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

const SIGNATORY = 'ivanova';
const AGREEMENT = 'booking1_ddu';
const NEW_SIGNATORY = 'petrov';

function power(): DocData {
  return {
    number: '16 АА 7654321',
    issuedOn: at('2026-01-10T00:00:00Z'),
    validUntil: at('2026-12-31T00:00:00Z'),
    scope: 'Подписание договоров участия в долевом строительстве и договоров купли-продажи',
  };
}

function signatoryDoc(id: string): DocData {
  return {
    id,
    name: 'Иванова Мария Петровна',
    position: 'руководитель отдела продаж',
    power: power(),
    createdAt: at('2026-01-12T09:00:00Z'),
    updatedAt: at('2026-01-12T09:00:00Z'),
  };
}

/** A signatory as Settings › Signatories creates it (developerSignatorySchema). */
const newSignatory = (id: string): DocData => ({
  ...signatoryDoc(id),
  name: 'Петров Олег Сергеевич',
  createdAt: serverTime(),
  updatedAt: serverTime(),
});

const templateDoc = (kind: string): DocData => ({
  kind,
  title: 'Договор участия в долевом строительстве',
  body: '# Договор № {{unit.number}}\n\nЦена {{deal.price}}.',
  updatedAt: serverTime(),
});

/** An agreement as agreements-generateAgreement writes it (agreementSchema). */
function agreementDoc(): DocData {
  return {
    id: AGREEMENT,
    kind: 'ddu',
    title: 'Договор участия в долевом строительстве',
    bookingId: 'booking1',
    unitId: 'unit45',
    projectId: 'north',
    unitNumber: '45',
    contactId: 'anna',
    contactName: 'Анна Петрова',
    price: 8_450_000,
    signatory: {
      id: SIGNATORY,
      name: 'Иванова Мария Петровна',
      position: 'руководитель отдела продаж',
      powerNumber: '16 АА 7654321',
      powerValidUntil: at('2026-12-31T00:00:00Z'),
    },
    status: 'draft',
    steps: [{ status: 'draft', at: at('2026-03-01T09:00:00Z'), by: 'mia-manager', byName: 'Mia' }],
    document: { storagePath: `tenants/${TENANT}/agreements/${AGREEMENT}/a1.pdf`, fileName: 'DDU-45.pdf', size: 1000 },
    createdAt: at('2026-03-01T09:00:00Z'),
    updatedAt: at('2026-03-01T09:00:00Z'),
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.agreement(TENANT, AGREEMENT)]: agreementDoc(),
    [paths.agreement(OTHER_TENANT, AGREEMENT)]: agreementDoc(),
    [paths.bookingTerms(TENANT, 'booking1')]: { id: 'booking1', status: 'paid', unitNumber: '45' },
    [paths.developerSignatory(TENANT, SIGNATORY)]: signatoryDoc(SIGNATORY),
    [paths.developerSignatory(OTHER_TENANT, SIGNATORY)]: signatoryDoc(SIGNATORY),
    [paths.agreementTemplate(TENANT, 'dkp')]: { ...templateDoc('dkp'), updatedAt: at('2026-02-01T00:00:00Z') },
    [paths.agreementTemplate(OTHER_TENANT, 'ddu')]: { ...templateDoc('ddu'), updatedAt: at('2026-02-01T00:00:00Z') },
  });
});

const signatoryRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.developerSignatory(tenantId, id));
const agreementRef = (persona: PersonaName, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.agreement(tenantId, AGREEMENT));
const templateRef = (persona: PersonaName, kind: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.agreementTemplate(tenantId, kind));

const malformedSignatory: [string, DocData][] = [
  ['an empty name', { name: '' }],
  ['a name of 161 characters', { name: 'x'.repeat(161) }],
  ['a position with trailing spaces', { position: 'директор ' }],
  ['a power without number', { power: { ...power(), number: '' } }],
  ['a power ending before its issue', { power: { ...power(), validUntil: at('2025-12-31T00:00:00Z') } }],
  ['a power whose end is text', { power: { ...power(), validUntil: '2026-12-31' } }],
  ['a power without scope', { power: { number: '1', issuedOn: power().issuedOn, validUntil: power().validUntil } }],
  ['a power scope of 2001 characters', { power: { ...power(), scope: 'x'.repeat(2001) } }],
  ['a power with an extra key', { power: { ...power(), notary: 'Смирнова' } }],
];

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('adds, edits and deletes a signatory', async () => {
      await assertSucceeds(signatoryRef(persona, NEW_SIGNATORY).set(newSignatory(NEW_SIGNATORY)));
      await assertSucceeds(
        signatoryRef(persona, SIGNATORY).update({
          position: 'коммерческий директор',
          power: { ...power(), number: '16 АА 0000001', validUntil: at('2027-12-31T00:00:00Z') },
          updatedAt: serverTime(),
        }),
      );
      await assertSucceeds(signatoryRef(persona, SIGNATORY).delete());
    });

    it.each([
      ['an id that is not the document id', { id: 'other' }],
      ['a backdated createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', { phone: '+7 900 000-00-00' }],
      ...malformedSignatory,
    ])('refuses a new signatory with %s', async (_label, change) => {
      await assertFails(signatoryRef(persona, NEW_SIGNATORY).set({ ...newSignatory(NEW_SIGNATORY), ...change }));
    });

    it.each([
      ...malformedSignatory,
      ['its id', { id: 'renamed' }],
      ['its createdAt', { createdAt: at('2020-01-01T00:00:00Z') }],
    ])('refuses an edit with %s', async (_label, change) => {
      await assertFails(signatoryRef(persona, SIGNATORY).update({ ...change, updatedAt: serverTime() }));
    });

    it('cannot edit a signatory without stamping updatedAt with the request time', async () => {
      await assertFails(signatoryRef(persona, SIGNATORY).update({ position: 'директор' }));
    });

    it("cannot read or write another tenant's signatories", async () => {
      await assertFails(signatoryRef(persona, SIGNATORY, OTHER_TENANT).get());
      await assertFails(signatoryRef(persona, NEW_SIGNATORY, OTHER_TENANT).set(newSignatory(NEW_SIGNATORY)));
      await assertFails(signatoryRef(persona, SIGNATORY, OTHER_TENANT).delete());
    });
  });
}

for (const persona of ['owner', 'admin', 'manager'] as const) {
  describe(`${persona} and agreement templates`, () => {
    it('saves a template of each kind, edits it and returns to the default', async () => {
      for (const kind of ['ddu', 'dkp', 'dupt']) {
        await assertSucceeds(templateRef(persona, kind).set(templateDoc(kind)));
      }
      await assertSucceeds(
        templateRef(persona, 'dkp').update({ body: 'Цена {{deal.price}}', updatedAt: serverTime() }),
      );
      await assertSucceeds(templateRef(persona, 'dkp').delete());
    });

    it.each([
      ['a kind that is not an agreement kind', 'lease', templateDoc('lease')],
      ['a kind field that is not the id', 'ddu', templateDoc('dkp')],
      ['an empty body', 'ddu', { ...templateDoc('ddu'), body: '' }],
      ['a body over 50,000 characters', 'ddu', { ...templateDoc('ddu'), body: 'x'.repeat(50_001) }],
      ['an empty title', 'ddu', { ...templateDoc('ddu'), title: ' ' }],
      ['a backdated updatedAt', 'ddu', { ...templateDoc('ddu'), updatedAt: at('2020-01-01T00:00:00Z') }],
      ['an unknown field', 'ddu', { ...templateDoc('ddu'), locale: 'ru' }],
    ])('refuses a template with %s', async (_label, kind, data) => {
      await assertFails(templateRef(persona, kind).set(data));
    });

    it("cannot read or write another tenant's templates", async () => {
      await assertFails(templateRef(persona, 'ddu', OTHER_TENANT).get());
      await assertFails(templateRef(persona, 'ddu', OTHER_TENANT).set(templateDoc('ddu')));
    });
  });
}

describe('manager', () => {
  it('reads signatories but cannot add, edit or delete them', async () => {
    const list = await assertSucceeds(dbOf(env, 'manager').collection(paths.developerSignatories(TENANT)).get());
    expect(list.size).toBe(1);
    await assertFails(signatoryRef('manager', NEW_SIGNATORY).set(newSignatory(NEW_SIGNATORY)));
    await assertFails(signatoryRef('manager', SIGNATORY).update({ position: 'директор', updatedAt: serverTime() }));
    await assertFails(signatoryRef('manager', SIGNATORY).delete());
  });
});

describe('agent', () => {
  it('reads signatories and templates to generate an agreement', async () => {
    await assertSucceeds(signatoryRef('agent', SIGNATORY).get());
    await assertSucceeds(templateRef('agent', 'dkp').get());
  });

  it('cannot write signatories or templates', async () => {
    await assertFails(signatoryRef('agent', NEW_SIGNATORY).set(newSignatory(NEW_SIGNATORY)));
    await assertFails(signatoryRef('agent', SIGNATORY).delete());
    await assertFails(templateRef('agent', 'ddu').set(templateDoc('ddu')));
    await assertFails(templateRef('agent', 'dkp').delete());
  });
});

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read or write signatories and templates', async () => {
      await assertFails(signatoryRef(persona, SIGNATORY).get());
      await assertFails(dbOf(env, persona).collection(paths.developerSignatories(TENANT)).get());
      await assertFails(signatoryRef(persona, NEW_SIGNATORY).set(newSignatory(NEW_SIGNATORY)));
      await assertFails(templateRef(persona, 'dkp').get());
      await assertFails(templateRef(persona, 'ddu').set(templateDoc('ddu')));
    });
  });
}

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(`${persona} and agreements`, () => {
    it('reads the agreements of the tenant', async () => {
      await assertSucceeds(agreementRef(persona).get());
      const list = await assertSucceeds(dbOf(env, persona).collection(paths.agreements(TENANT)).get());
      expect(list.size).toBe(1);
    });

    it('cannot write one: only the agreements functions do', async () => {
      await assertFails(agreementRef(persona).update({ status: 'signed', updatedAt: serverTime() }));
      await assertFails(dbOf(env, persona).doc(paths.agreement(TENANT, 'booking2_ddu')).set(agreementDoc()));
      await assertFails(agreementRef(persona).delete());
    });

    it("cannot read another tenant's agreements", async () => {
      await assertFails(agreementRef(persona, OTHER_TENANT).get());
    });

    it('reads a booking to generate its agreement, but cannot write one', async () => {
      const booking = dbOf(env, persona).doc(paths.bookingTerms(TENANT, 'booking1'));
      await assertSucceeds(booking.get());
      await assertFails(booking.update({ status: 'cancelled' }));
      await assertFails(dbOf(env, persona).doc(paths.bookingTerms(TENANT, 'booking2')).set({ id: 'booking2' }));
    });
  });
}

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(`${persona} and agreements`, () => {
    it('cannot read or write agreements', async () => {
      await assertFails(agreementRef(persona).get());
      await assertFails(dbOf(env, persona).collection(paths.agreements(TENANT)).get());
      await assertFails(agreementRef(persona).update({ status: 'signed' }));
      await assertFails(dbOf(env, persona).doc(paths.bookingTerms(TENANT, 'booking1')).get());
    });
  });
}
