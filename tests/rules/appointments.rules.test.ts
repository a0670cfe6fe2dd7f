import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, clientSpaceDocs, memberDoc, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import {
  CONTACT,
  dbOf,
  OTHER_CONTACT,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

const env = firestoreRulesEnvOfSuite();

const OTHER_AGENT = 'zoe-agent';

/** An appointment as appointments-saveAppointment writes it (appointmentSchema). */
function appointmentDoc(id: string, changes: DocData = {}): DocData {
  return {
    id,
    kind: 'visit',
    title: 'Visite du T3',
    startsAt: at('2031-03-04T09:00:00Z'),
    endsAt: at('2031-03-04T10:00:00Z'),
    place: '12 rue de la Paix',
    propertyId: 'p1',
    externalProperty: null,
    contactIds: [OTHER_CONTACT],
    agentUid: OTHER_AGENT,
    status: 'scheduled',
    cancelReason: null,
    sequence: 0,
    propertyLabel: 'V-00001 · T3, Paris',
    createdBy: OTHER_AGENT,
    createdAt: at('2031-03-01T09:00:00Z'),
    updatedAt: at('2031-03-01T09:00:00Z'),
    doneAt: null,
    cancelledAt: null,
    viewerUids: [OTHER_AGENT],
    ...changes,
  };
}

/** `anna` (the client persona) with another buyer; `boris` alone; the agent's own appointment. */
const APPOINTMENTS = {
  annas: appointmentDoc('annas', { contactIds: ['emma', CONTACT] }),
  borises: appointmentDoc('borises'),
  agents: appointmentDoc('agents', { agentUid: uidOf('agent'), viewerUids: [uidOf('agent')], contactIds: ['emma'] }),
  annasCancelled: appointmentDoc('annas-cancelled', { contactIds: [CONTACT], status: 'cancelled' }),
};

function seedDocs(visibility: 'shared' | 'own'): Record<string, DocData> {
  const docs: Record<string, DocData> = {
    ...clientSpaceDocs(),
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: at('2026-01-15T09:00:00Z') },
    [paths.appointment(OTHER_TENANT, 'annas')]: APPOINTMENTS.annas,
  };
  for (const appointment of Object.values(APPOINTMENTS)) {
    docs[paths.appointment(TENANT, appointment.id as string)] = appointment;
  }
  return docs;
}

const db = (persona: PersonaName) => dbOf(env, persona);
const appointmentRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  db(persona).doc(paths.appointment(tenantId, id));
const appointmentsOf = (persona: PersonaName, tenantId = TENANT) =>
  db(persona).collection(paths.appointments(tenantId));
const ids = (snapshot: { docs: { id: string }[] }) => snapshot.docs.map((doc) => doc.id).sort();
/** The client app's query: the appointments naming the client, by start. */
const clientCalendar = (persona: PersonaName, contactId: string) =>
  appointmentsOf(persona).where('contactIds', 'array-contains', contactId).orderBy('startsAt', 'desc').limit(20);

function requestDoc(id: string, changes: DocData = {}): DocData {
  return {
    id,
    appointmentId: 'annas',
    contactId: CONTACT,
    text: 'Plutôt jeudi matin ?',
    createdAt: serverTime(),
    ...changes,
  };
}
const requestRef = (persona: PersonaName, id: string, tenantId = TENANT) =>
  db(persona).doc(paths.appointmentRequest(tenantId, id));

for (const visibility of ['shared', 'own'] as const) {
  describe(`visibility ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, seedDocs(visibility));
    });

    for (const persona of ['owner', 'admin'] as const) {
      describe(persona, () => {
        it('reads every appointment, listed without a clause', async () => {
          await assertSucceeds(appointmentRef(persona, 'borises').get());
          expect(ids(await assertSucceeds(appointmentsOf(persona).orderBy('startsAt').get()))).toHaveLength(4);
        });
      });
    }

    for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
      describe(persona, () => {
        it('never writes an appointment directly (appointments-* callables only)', async () => {
          await assertFails(appointmentRef(persona, 'new').set(appointmentDoc('new', { agentUid: uidOf(persona) })));
          await assertFails(appointmentRef(persona, 'agents').update({ status: 'done' }));
          await assertFails(appointmentRef(persona, 'agents').delete());
        });

        it("cannot read another tenant's appointments", async () => {
          await assertFails(appointmentRef(persona, 'annas', OTHER_TENANT).get());
          await assertFails(appointmentsOf(persona, OTHER_TENANT).get());
        });

        it('never writes a change request, not even for a client', async () => {
          await assertFails(requestRef(persona, 'r-staff').set(requestDoc('r-staff')));
        });
      });
    }

    if (visibility === 'shared') {
      it("an agent reads another agent's appointment while clients are shared", async () => {
        await assertSucceeds(appointmentRef('agent', 'borises').get());
        await assertSucceeds(appointmentsOf('agent').where('agentUid', '==', OTHER_AGENT).orderBy('startsAt').get());
      });
    }

    if (visibility === 'own') {
      describe('agent', () => {
        it('reads its own appointment (in viewerUids) and lists its calendar with the clause', async () => {
          await assertSucceeds(appointmentRef('agent', 'agents').get());
          const mine = await assertSucceeds(
            appointmentsOf('agent')
              .where('viewerUids', 'array-contains', uidOf('agent'))
              .where('agentUid', '==', uidOf('agent'))
              .orderBy('startsAt')
              .get(),
          );
          expect(ids(mine)).toEqual(['agents']);
        });

        it("cannot read another agent's appointment nor list without the clause", async () => {
          await assertFails(appointmentRef('agent', 'borises').get());
          await assertFails(appointmentsOf('agent').where('agentUid', '==', OTHER_AGENT).orderBy('startsAt').get());
        });
      });
    }

    describe('partner', () => {
      it('reads no appointment', async () => {
        await assertFails(appointmentRef('partner', 'agents').get());
        await assertFails(appointmentsOf('partner').get());
      });
    });

    describe('client', () => {
      it('reads the appointments naming them, cancelled ones included, and lists them by their contact id', async () => {
        await assertSucceeds(appointmentRef('client', 'annas').get());
        expect(ids(await assertSucceeds(clientCalendar('client', CONTACT).get()))).toEqual([
          'annas',
          'annas-cancelled',
        ]);
      });

      it("cannot read another client's appointment, list theirs, or list without the clause", async () => {
        await assertFails(appointmentRef('client', 'borises').get());
        await assertFails(clientCalendar('client', OTHER_CONTACT).get());
        await assertFails(appointmentsOf('client').orderBy('startsAt').get());
        await assertFails(appointmentRef('client', 'annas', OTHER_TENANT).get());
      });

      it('never writes an appointment, not even one naming them', async () => {
        await assertFails(appointmentRef('client', 'annas').update({ startsAt: at('2031-03-05T09:00:00Z') }));
        await assertFails(appointmentRef('client', 'mine').set(appointmentDoc('mine', { contactIds: [CONTACT] })));
        await assertFails(appointmentRef('client', 'annas').delete());
      });

      it('asks for a change of their own scheduled appointment, and reads the request back', async () => {
        await assertSucceeds(requestRef('client', 'r1').set(requestDoc('r1')));
        await assertSucceeds(requestRef('client', 'r1').get());
        // Anna's agent sees her file in either mode, and so her requests; a partner never.
        await assertSucceeds(requestRef('agent', 'r1').get());
        await assertFails(requestRef('partner', 'r1').get());
        if (visibility === 'own') {
          await seed(env, { [`tenants/${TENANT}/members/${OTHER_AGENT}`]: { ...memberDoc(OTHER_AGENT, 'agent') } });
          const otherAgent = env.authenticatedContext(OTHER_AGENT, { tenantId: TENANT, role: 'agent' }).firestore();
          await assertFails(otherAgent.doc(paths.appointmentRequest(TENANT, 'r1')).get());
        }
      });

      it('cannot ask about a cancelled or unknown appointment, or one not naming them', async () => {
        await assertFails(requestRef('client', 'r2').set(requestDoc('r2', { appointmentId: 'annas-cancelled' })));
        await assertFails(requestRef('client', 'r3').set(requestDoc('r3', { appointmentId: 'nope' })));
        await assertFails(requestRef('client', 'r4').set(requestDoc('r4', { appointmentId: 'borises' })));
      });

      it('cannot ask in another client’s name, or with a bad shape', async () => {
        await assertFails(requestRef('client', 'r5').set(requestDoc('r5', { contactId: OTHER_CONTACT })));
        await assertFails(requestRef('client', 'r6').set(requestDoc('r6', { text: '' })));
        await assertFails(requestRef('client', 'r7').set(requestDoc('r7', { text: ' padded ' })));
        await assertFails(requestRef('client', 'r8').set(requestDoc('r8', { text: 'x'.repeat(501) })));
        await assertSucceeds(requestRef('client', 'r9').set(requestDoc('r9', { text: 'x'.repeat(500) })));
        await assertFails(requestRef('client', 'r10').set(requestDoc('r10', { id: 'other' })));
        await assertFails(
          requestRef('client', 'r11').set(requestDoc('r11', { createdAt: at('2031-01-01T00:00:00Z') })),
        );
        await assertFails(requestRef('client', 'r12').set({ ...requestDoc('r12'), status: 'handled' }));
      });

      it('never edits or deletes a request once sent', async () => {
        await assertSucceeds(requestRef('client', 'r13').set(requestDoc('r13')));
        await assertFails(requestRef('client', 'r13').update({ text: 'Autre chose' }));
        await assertFails(requestRef('client', 'r13').delete());
      });
    });

    describe('otherClient', () => {
      it("reads their own appointment only, and cannot read anna's request", async () => {
        await assertSucceeds(appointmentRef('otherClient', 'borises').get());
        await assertFails(appointmentRef('otherClient', 'annas').get());
        await seed(env, {
          [paths.appointmentRequest(TENANT, 'seeded')]: {
            ...requestDoc('seeded'),
            createdAt: at('2031-03-01T00:00:00Z'),
          },
        });
        await assertFails(requestRef('otherClient', 'seeded').get());
      });
    });

    describe('anonymous', () => {
      it('reads and writes nothing', async () => {
        await assertFails(appointmentRef('anonymous', 'annas').get());
        await assertFails(requestRef('anonymous', 'r14').set(requestDoc('r14')));
      });
    });
  });
}
