import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

// financing: collaborators (owner, admin, manager, agent) read their tenant's mortgage and credit
// applications and the report counting them per bank; partners, clients and other tenants read none.
// Nobody writes either from an app: the financing-* functions do, the counts with the application.

const env = firestoreRulesEnvOfSuite();

const now = at('2026-12-07T10:00:00Z');

function applicationDoc(id: string, status: 'draft' | 'approved'): DocData {
  return {
    id,
    kind: 'mortgage',
    contactId: CONTACT,
    contactName: 'Anna',
    unitId: 'u1',
    projectId: 'p1',
    buildingId: 'b1',
    unitNumber: '101',
    bookingId: null,
    reservationId: null,
    price: 300_000,
    downPayment: 30_000,
    amountRequested: 270_000,
    termMonths: 300,
    banks: [
      {
        id: 'l1',
        bank: 'LCL',
        programme: '',
        amount: 270_000,
        ratePercent: null,
        status,
        conditions: '',
        dates: {
          draft: now,
          sent: null,
          underReview: null,
          approved: status === 'approved' ? now : null,
          declined: null,
        },
      },
    ],
    status,
    bankNames: ['LCL'],
    bankStatuses: [status],
    bankStatusKeys: [`LCL\u241f${status}`],
    notes: '',
    consultations: 0,
    lastConsultationAt: null,
    createdBy: uidOf('manager'),
    createdByName: 'Manager',
    createdAt: now,
    updatedAt: now,
  };
}

const report: DocData = {
  rows: [{ bank: 'LCL', kind: 'mortgage', counts: { draft: 1, sent: 0, underReview: 0, approved: 1, declined: 0 } }],
  updatedAt: now,
};

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    ...clientSpaceDocs(),
    [paths.financingApplication(TENANT, 'a1')]: applicationDoc('a1', 'draft'),
    [paths.financingApplication(TENANT, 'a2')]: applicationDoc('a2', 'approved'),
    [paths.financingApplication(OTHER_TENANT, 'a1')]: applicationDoc('a1', 'draft'),
    [paths.financingReport(TENANT)]: report,
    [paths.financingReport(OTHER_TENANT)]: report,
  });
});

const db = (persona: PersonaName) => dbOf(env, persona);

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads the tenant's applications, one, a filtered page, a client's", async () => {
      await assertSucceeds(db(persona).doc(paths.financingApplication(TENANT, 'a1')).get());
      const approved = await assertSucceeds(
        db(persona)
          .collection(paths.financingApplications(TENANT))
          .where('bankStatusKeys', 'array-contains', 'LCL\u241fapproved')
          .orderBy('createdAt', 'desc')
          .limit(25)
          .get(),
      );
      expect(approved.docs.map((doc) => doc.id)).toEqual(['a2']);
      await assertSucceeds(
        db(persona)
          .collection(paths.financingApplications(TENANT))
          .where('contactId', '==', CONTACT)
          .orderBy('createdAt', 'desc')
          .limit(10)
          .get(),
      );
    });

    it("reads the tenant's report", async () => {
      await assertSucceeds(db(persona).doc(paths.financingReport(TENANT)).get());
    });

    it('reads nothing of another tenant', async () => {
      await assertFails(db(persona).doc(paths.financingApplication(OTHER_TENANT, 'a1')).get());
      await assertFails(db(persona).collection(paths.financingApplications(OTHER_TENANT)).limit(25).get());
      await assertFails(db(persona).doc(paths.financingReport(OTHER_TENANT)).get());
    });

    it('writes no application and no count directly', async () => {
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a9')).set(applicationDoc('a9', 'draft')));
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a1')).update({ status: 'approved' }));
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a1')).delete());
      await assertFails(db(persona).doc(paths.financingReport(TENANT)).set(report));
      await assertFails(db(persona).doc(paths.financingReport(TENANT)).update({ rows: [] }));
    });
  });
}

for (const persona of ['partner', 'client', 'otherClient', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('reads no application and no report, not even their own as a client', async () => {
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a1')).get());
      await assertFails(db(persona).collection(paths.financingApplications(TENANT)).limit(25).get());
      await assertFails(
        db(persona).collection(paths.financingApplications(TENANT)).where('contactId', '==', CONTACT).limit(25).get(),
      );
      await assertFails(db(persona).doc(paths.financingReport(TENANT)).get());
    });

    it('writes no application and no report', async () => {
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a9')).set(applicationDoc('a9', 'draft')));
      await assertFails(db(persona).doc(paths.financingApplication(TENANT, 'a1')).update({ status: 'approved' }));
      await assertFails(db(persona).doc(paths.financingReport(TENANT)).set(report));
    });
  });
}
