import {
  appointmentMailId,
  appointmentRequestMailId,
  CALLABLES,
  clientListingId,
  contactFullName,
  historyEntryModel,
  interestId,
  paths,
  visitEntryId,
  type Contact,
  type EraseContactResult,
  type HistoryEntry,
  type SaveAppointmentRequest,
  type SaveAppointmentResult,
  type SavePropertyResult,
} from '@estate/domain';
import { randomUUID } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { onAppointmentRequestCreated } from '../../functions/src/appointments/on-request-created.handler';
import { appLinks } from '../../functions/src/lib/app-links';
import { decodeData } from '../../functions/src/lib/converters';
import { applyHistoryEntry } from '../../functions/src/pipeline/on-history-created.handler';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { createContact, eventually, expectInvalid, queuedMailCount } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let buyers: Array<{ id: string; email: string }>;
let propertyId: string;

const t = () => tenant.tenantId;
/** Triggers queue one after the other in the emulator, behind the demo seed's: a bounded but patient wait. */
const TRIGGER_WAIT = 60_000;
const TEST_WAIT = 2 * TRIGGER_WAIT;
const newId = () => randomUUID().replace(/-/g, '').slice(0, 20);

// The emulator may still be running the demo seed's triggers when this suite starts first: TEST_WAIT.
beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Rendez-vous' });
  agent = await addActiveMember(tenant, 'agent', 'Agathe Agenda');
  buyers = [await createContact(t(), agent.uid), await createContact(t(), agent.uid)];
  const property = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: newId(),
      property: {
        dealType: 'sale',
        title: 'Appartement lumineux',
        propertyType: 'apartment',
        address: { postalCode: '75011', city: 'Paris' },
        price: 420000,
        surface: 62,
        rooms: 3,
        status: 'online',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  propertyId = property.propertyId;
}, TEST_WAIT);

/** Each test plans on a day of its own, so their conflicts do not meet. */
let day = 0;
function slot(hourFrom: string, hourTo: string, dayOfMonth = (day += 1)) {
  const date = `2031-05-${String(dayOfMonth).padStart(2, '0')}`;
  return { startsAt: `${date}T${hourFrom}:00.000Z`, endsAt: `${date}T${hourTo}:00.000Z` };
}

function visit(changes: Partial<SaveAppointmentRequest> = {}): SaveAppointmentRequest {
  return {
    appointmentId: newId(),
    expectedSequence: null,
    kind: 'visit',
    title: 'Visite du T3',
    ...slot('09:00', '10:00'),
    place: '',
    propertyId,
    externalProperty: null,
    contactIds: buyers.map((buyer) => buyer.id),
    agentUid: agent.uid,
    ...changes,
  };
}

const save = (input: SaveAppointmentRequest, token = agent.idToken) =>
  mustCall<SaveAppointmentResult>(CALLABLES.saveAppointment, input, token);
const stored = async (appointmentId: string) =>
  (await adminDb().doc(paths.appointment(t(), appointmentId)).get()).data();
const mail = async (mailId: string) => (await adminDb().doc(paths.mail(t(), mailId)).get()).data();
const mailsTo = () => Promise.all(buyers.map((buyer) => queuedMailCount(buyer.email)));

describe('appointments-saveAppointment', () => {
  it('creates a visit with two buyers and mails each once, even when the call is retried', async () => {
    const input = visit();
    const before = await mailsTo();
    expect(await save(input)).toEqual({ appointmentId: input.appointmentId, saved: true, sequence: 0, conflicts: [] });
    expect(await stored(input.appointmentId)).toMatchObject({
      status: 'scheduled',
      sequence: 0,
      contactIds: input.contactIds,
      propertyLabel: expect.stringContaining('Appartement lumineux, Paris') as unknown,
      viewerUids: [agent.uid],
    });
    for (const buyer of buyers) {
      expect(await mail(appointmentMailId(input.appointmentId, 0, buyer.id))).toMatchObject({
        to: buyer.email,
        templateId: 'appointment-created',
        contactId: buyer.id,
      });
    }
    expect(await save(input)).toMatchObject({ saved: true, sequence: 0 });
    expect(await mailsTo()).toEqual(before.map((count) => count + 1));
  });

  it('edits the version shown: changed to the buyer kept, cancelled to the one taken off, each once', async () => {
    const input = visit();
    await save(input);
    const before = await mailsTo();
    const edit = { ...input, ...slot('14:00', '15:00', day), contactIds: [buyers[0]!.id], expectedSequence: 0 };
    expect(await save(edit)).toMatchObject({ saved: true, sequence: 1 });
    expect(await save(edit)).toMatchObject({ saved: true, sequence: 1 });
    expect(await mail(appointmentMailId(input.appointmentId, 1, buyers[0]!.id))).toMatchObject({
      templateId: 'appointment-changed',
    });
    expect(await mail(appointmentMailId(input.appointmentId, 1, buyers[1]!.id))).toMatchObject({
      templateId: 'appointment-cancelled',
    });
    expect(await mailsTo()).toEqual(before.map((count) => count + 1));

    const stale = await callCallable(
      CALLABLES.saveAppointment,
      { ...edit, title: 'Autre', expectedSequence: 0 },
      agent.idToken,
    );
    expect(stale).toMatchObject({ ok: false, reason: 'appointment-changed' });
    const taken = await callCallable(
      CALLABLES.saveAppointment,
      { ...edit, title: 'Autre', expectedSequence: null },
      agent.idToken,
    );
    expect(taken).toMatchObject({ ok: false, reason: 'appointment-exists' });
  });

  it("answers the agent's and the buyers' overlaps unsaved, and saves when the agent acknowledges them", async () => {
    const first = visit();
    const sameDay = day;
    await save(first);
    const overlap = visit({ ...slot('09:30', '10:30', sameDay), contactIds: [buyers[1]!.id] });
    const warned = await save(overlap);
    expect(warned).toMatchObject({ saved: false, sequence: null });
    expect(warned.conflicts).toEqual([
      expect.objectContaining({
        appointmentId: first.appointmentId,
        reasons: ['agent', 'client'],
        contactIds: [buyers[1]!.id],
        title: 'Visite du T3',
      }),
    ]);
    expect(await stored(overlap.appointmentId)).toBeUndefined();
    expect(await mail(appointmentMailId(overlap.appointmentId, 0, buyers[1]!.id))).toBeUndefined();
    expect(await save({ ...overlap, acknowledgeConflicts: true })).toMatchObject({ saved: true, sequence: 0 });
    const backToBack = visit({ ...slot('10:30', '11:00', sameDay) });
    expect(await save(backToBack)).toMatchObject({ saved: true, conflicts: [] });
  });

  it('refuses what it cannot plan, and writes nothing', async () => {
    const refused = async (input: SaveAppointmentRequest, reason: string, token = agent.idToken) => {
      expect(await callCallable(CALLABLES.saveAppointment, input, token)).toMatchObject({ ok: false, reason });
      expect(await stored(input.appointmentId)).toBeUndefined();
    };
    await refused(visit({ contactIds: ['nobody'] }), 'contact-not-found');
    await refused(visit({ propertyId: 'nowhere' }), 'property-not-found');
    await refused(visit({ agentUid: 'not-a-member' }), 'agent-not-active');
    await refused(visit({ expectedSequence: 3 }), 'appointment-not-found');
    // Another agency's owner, planning for themself, does not reach this agency's clients.
    const rival = await createTenantWithOwner({ agencyName: 'Rivale' });
    await refused(visit({ agentUid: rival.owner.uid }), 'contact-not-found', rival.owner.idToken);
    await expectInvalid(
      CALLABLES.saveAppointment,
      visit({ endsAt: '2031-05-01T08:00:00.000Z' }),
      agent.idToken,
      'endsAt',
    );
    await expectInvalid(CALLABLES.saveAppointment, visit({ contactIds: [] }), agent.idToken, 'contactIds');
  });
});

describe('appointments-cancelAppointment', () => {
  it('cancels with the reason and mails each buyer once; a cancelled appointment cannot be edited', async () => {
    const input = visit();
    await save(input);
    const before = await mailsTo();
    const cancel = { appointmentId: input.appointmentId, reason: 'Le vendeur a reporté.' };
    await mustCall(CALLABLES.cancelAppointment, cancel, agent.idToken);
    await mustCall(CALLABLES.cancelAppointment, cancel, agent.idToken);
    expect(await stored(input.appointmentId)).toMatchObject({
      status: 'cancelled',
      cancelReason: cancel.reason,
      sequence: 1,
    });
    const sent = await mail(appointmentMailId(input.appointmentId, 1, buyers[0]!.id));
    expect(sent).toMatchObject({ templateId: 'appointment-cancelled' });
    expect(sent?.text).toContain('Le vendeur a reporté.');
    expect(await mailsTo()).toEqual(before.map((count) => count + 1));
    const edit = await callCallable(
      CALLABLES.saveAppointment,
      { ...input, title: 'Reprise', expectedSequence: 1 },
      agent.idToken,
    );
    expect(edit).toMatchObject({ ok: false, reason: 'appointment-closed' });
  });
});

describe('appointments-markDone', () => {
  it(
    'writes one visit entry for the property and its visitors, which counts the visit once',
    async () => {
      const input = visit({
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date().toISOString(),
      });
      await save({ ...input, acknowledgeConflicts: true });
      const count = async () =>
        ((await adminDb().doc(paths.property(t(), propertyId)).get()).get('visitCount') as number | undefined) ?? 0;
      const before = await count();
      await mustCall(CALLABLES.markAppointmentDone, { appointmentId: input.appointmentId }, agent.idToken);
      await mustCall(CALLABLES.markAppointmentDone, { appointmentId: input.appointmentId }, agent.idToken);
      expect(await stored(input.appointmentId)).toMatchObject({ status: 'done' });
      const entryRef = adminDb().doc(paths.historyEntry(t(), visitEntryId(input.appointmentId)));
      // The pipeline trigger may queue behind the seed's: a bounded wait on its marker.
      const entry = await eventually(async () => {
        const snapshot = await entryRef.get();
        expect(snapshot.get('visitCounted')).toBe(true);
        return snapshot.data();
      }, TRIGGER_WAIT);
      expect(entry).toMatchObject({ type: 'visit', propertyId, contactIds: input.contactIds, authorUid: agent.uid });
      expect(await count()).toBe(before + 1);
      // The trigger delivered again: nothing counts twice.
      const decoded = decodeData(historyEntryModel, entry);
      if (!decoded.ok) throw new Error(decoded.issues);
      await applyHistoryEntry(
        { db: adminDb(), links: appLinks(null), now: () => new Date() },
        t(),
        decoded.value as HistoryEntry,
      );
      expect(await count()).toBe(before + 1);
      // The same run then moves both visitors into a visit phase.
      await eventually(async () => {
        for (const buyer of buyers) {
          const interest = await adminDb()
            .doc(paths.interest(t(), interestId(buyer.id, propertyId)))
            .get();
          expect(interest.get('phase')).toMatch(/visit/);
        }
      }, TRIGGER_WAIT);
    },
    TEST_WAIT,
  );

  it("moves the visitors' listings of the property to Visité(s), leaving one already rejected", async () => {
    await mustCall(CALLABLES.assignListing, { propertyId, contactIds: buyers.map((buyer) => buyer.id) }, agent.idToken);
    const listing = (contactId: string) =>
      adminDb().doc(paths.clientListing(t(), clientListingId(contactId, propertyId)));
    await listing(buyers[1]!.id).update({ stage: 'rejected', rejectReason: 'Trop sombre' });
    const input = visit({
      startsAt: new Date(Date.now() - 7_200_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    await save({ ...input, acknowledgeConflicts: true });
    expect((await listing(buyers[0]!.id).get()).get('stage')).toBe('new');
    await mustCall(CALLABLES.markAppointmentDone, { appointmentId: input.appointmentId }, agent.idToken);
    expect((await listing(buyers[0]!.id).get()).get('stage')).toBe('visited');
    expect((await listing(buyers[1]!.id).get()).data()).toMatchObject({
      stage: 'rejected',
      rejectReason: 'Trop sombre',
    });
  });

  it('refuses an appointment yet to start', async () => {
    const input = visit();
    await save(input);
    expect(
      await callCallable(CALLABLES.markAppointmentDone, { appointmentId: input.appointmentId }, agent.idToken),
    ).toMatchObject({ ok: false, reason: 'appointment-not-started' });
    expect(await stored(input.appointmentId)).toMatchObject({ status: 'scheduled' });
  });
});

describe('appointments-onRequestCreated', () => {
  it(
    "mails the buyer's agent once and writes one history remark, even when delivered again",
    async () => {
      const input = visit();
      await save(input);
      const requestId = newId();
      const path = paths.appointmentRequest(t(), requestId);
      const request = {
        id: requestId,
        appointmentId: input.appointmentId,
        contactId: buyers[0]!.id,
        text: 'Pourrions-nous passer jeudi ?',
        createdAt: Timestamp.now(),
      };
      await adminDb().doc(path).set(request);
      const sent = await eventually(async () => {
        const queued = await mail(appointmentRequestMailId(requestId));
        expect(queued).toBeDefined();
        return queued;
      }, TRIGGER_WAIT);
      expect(sent).toMatchObject({ to: agent.email, templateId: 'appointment-change-requested', contactId: null });
      expect(sent?.text).toContain('Pourrions-nous passer jeudi ?');
      const deps = { db: adminDb(), links: appLinks(null), now: () => new Date() };
      expect(await onAppointmentRequestCreated(deps, t(), path, request)).toBe('done-before');
      // The agent also gets phase mails from the visits above: count this request's kind only.
      const requestMails = await adminDb()
        .collection(paths.mails(t()))
        .where('to', '==', agent.email)
        .where('templateId', '==', 'appointment-change-requested')
        .get();
      expect(requestMails.docs.filter((doc) => doc.get('templateData.text') === request.text)).toHaveLength(1);
      const remark = await adminDb()
        .doc(paths.historyEntry(t(), `appointment-request-${requestId}`))
        .get();
      expect(remark.data()).toMatchObject({ type: 'remark', contactIds: [buyers[0]!.id], authorUid: 'system' });
    },
    TEST_WAIT,
  );

  it('leaves alone a request about an appointment not naming the client', async () => {
    const input = visit({ contactIds: [buyers[1]!.id] });
    await save({ ...input, acknowledgeConflicts: true });
    const deps = { db: adminDb(), links: appLinks(null), now: () => new Date() };
    const request = {
      id: newId(),
      appointmentId: input.appointmentId,
      contactId: buyers[0]!.id,
      text: 'x',
      createdAt: Timestamp.now(),
    };
    expect(await onAppointmentRequestCreated(deps, t(), 'p', request)).toBe('not-theirs');
  });
});

describe('appointments in the contact lifecycle', () => {
  it(
    "follows a client's agent, and an erasure takes the client off, their lone appointments and requests away",
    async () => {
      const leaving = await createContact(t(), agent.uid);
      const contact = (await adminDb().doc(paths.contact(t(), leaving.id)).get()).data() as Contact;
      const shared = visit({ contactIds: [buyers[0]!.id, leaving.id] });
      const alone = visit({ contactIds: [leaving.id], ...slot('16:00', '17:00', day) });
      await save(shared);
      await save(alone);
      const colleague = await addActiveMember(tenant, 'agent', 'Colin Collègue');
      await adminDb()
        .doc(paths.contact(t(), leaving.id))
        .update({ sharedWithUids: [colleague.uid] });
      await eventually(
        async () => expect((await stored(alone.appointmentId))?.viewerUids).toContain(colleague.uid),
        TRIGGER_WAIT,
      );

      const requestId = newId();
      await adminDb().doc(paths.appointmentRequest(t(), requestId)).set({
        id: requestId,
        appointmentId: shared.appointmentId,
        contactId: leaving.id,
        text: 'x',
        createdAt: Timestamp.now(),
      });
      const erased = await mustCall<EraseContactResult>(
        CALLABLES.eraseContact,
        { contactId: leaving.id, reason: 'gdpr-request', confirmName: contactFullName(contact), requestId: newId() },
        tenant.owner.idToken,
      );
      expect(erased.counts).toMatchObject({ removed: { appointments: { appointments: 3 } } });
      expect(await stored(alone.appointmentId)).toBeUndefined();
      expect(await stored(shared.appointmentId)).toMatchObject({ contactIds: [buyers[0]!.id] });
      expect((await adminDb().doc(paths.appointmentRequest(t(), requestId)).get()).exists).toBe(false);
    },
    TEST_WAIT,
  );
});
