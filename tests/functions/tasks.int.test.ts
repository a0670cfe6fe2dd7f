import { CALLABLES, paths, type Contact, type Room, type SaveTaskRequest } from '@estate/domain';
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { syncContactTasks } from '../../functions/src/tasks/task-viewers';
import { contactDoc } from '../support/contacts';
import { createContact, eventually, expectInvalid } from './function-fixtures';

let tenant: TestTenant;
let agent: TestUser;
let manager: TestUser;
let contactId: string;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Tâches' });
  agent = await addActiveMember(tenant, 'agent');
  manager = await addActiveMember(tenant, 'manager');
  contactId = (await createContact(tenant.tenantId, tenant.owner.uid)).id;
});

async function createRoom(name: string, active = true): Promise<string> {
  const ref = adminDb().collection(paths.rooms(tenant.tenantId)).doc();
  const now = new Date();
  const room: Room = { id: ref.id, name, capacity: 6, active, createdAt: now, updatedAt: now };
  await ref.set(room);
  return ref.id;
}

/** A day far from the others' so each test books its own slots. */
let day = 0;
function nextDay(): string {
  day += 1;
  return `2031-01-${String(day).padStart(2, '0')}`;
}

function callTask(changes: Partial<SaveTaskRequest> = {}): SaveTaskRequest {
  return {
    taskId: null,
    type: 'call',
    title: 'Call back about the offer',
    dueAt: '2031-01-01T09:00:00.000Z',
    endAt: null,
    assigneeUid: agent.uid,
    subject: { kind: 'contact', id: contactId, label: 'Camille Client' },
    project: 'Flat rue Oberkampf',
    text: 'She wants a second visit.',
    roomId: null,
    ...changes,
  };
}

function meeting(roomId: string, date: string, from: string, to: string, title = 'Signing'): SaveTaskRequest {
  return callTask({
    type: 'meeting',
    title,
    dueAt: `${date}T${from}:00.000Z`,
    endAt: `${date}T${to}:00.000Z`,
    roomId,
  });
}

const taskDoc = async (taskId: string) => (await adminDb().doc(paths.task(tenant.tenantId, taskId)).get()).data();
const taskCount = async () => (await adminDb().collection(paths.tasks(tenant.tenantId)).count().get()).data().count;

describe('tasks-saveTask', () => {
  it('creates a task for a collaborator, then updates it', async () => {
    const { taskId } = await mustCall<{ taskId: string }>(CALLABLES.saveTask, callTask(), agent.idToken);
    const created = await taskDoc(taskId);
    expect(created).toMatchObject({
      id: taskId,
      type: 'call',
      status: 'open',
      result: null,
      doneAt: null,
      createdBy: agent.uid,
      assigneeUid: agent.uid,
      subject: { kind: 'contact', id: contactId, label: 'Camille Client' },
    });
    expect((created?.dueAt as Timestamp).toDate().toISOString()).toBe('2031-01-01T09:00:00.000Z');

    await mustCall(
      CALLABLES.saveTask,
      callTask({ taskId, title: 'Call back before noon', assigneeUid: manager.uid }),
      agent.idToken,
    );
    expect(await taskDoc(taskId)).toMatchObject({
      title: 'Call back before noon',
      assigneeUid: manager.uid,
      createdBy: agent.uid,
    });
  });

  it('refuses an assignee who is not an active collaborator of the agency, and writes nothing', async () => {
    const before = await taskCount();
    for (const assigneeUid of ['nobody-at-all', (await createTenantWithOwner({ agencyName: 'Rival' })).owner.uid]) {
      expect(await callCallable(CALLABLES.saveTask, callTask({ assigneeUid }), agent.idToken)).toMatchObject({
        ok: false,
        code: 'failed-precondition',
        message: 'The assignee must be an active collaborator of the agency.',
      });
    }
    expect(await taskCount()).toBe(before);
  });

  it('answers invalid-argument with the field for bad input, and writes nothing', async () => {
    const before = await taskCount();
    await expectInvalid(CALLABLES.saveTask, callTask({ title: '' }), agent.idToken, 'title');
    await expectInvalid(CALLABLES.saveTask, callTask({ dueAt: 'tomorrow' }), agent.idToken, 'dueAt');
    await expectInvalid(CALLABLES.saveTask, callTask({ type: 'meeting' }), agent.idToken, 'endAt');
    await expectInvalid(
      CALLABLES.saveTask,
      callTask({ type: 'meeting', endAt: '2031-01-01T08:00:00.000Z' }),
      agent.idToken,
      'endAt',
    );
    await expectInvalid(
      CALLABLES.saveTask,
      callTask({ subject: { kind: 'contact', id: null, label: '' } }),
      agent.idToken,
      'subject.id',
    );
    expect(await taskCount()).toBe(before);
  });

  it('plans a task on an existing property and refuses an unknown one, writing nothing', async () => {
    const propertyId = adminDb().collection(paths.properties(tenant.tenantId)).doc().id;
    const before = await taskCount();
    expect(
      await callCallable(
        CALLABLES.saveTask,
        callTask({ subject: { kind: 'property', id: propertyId, label: 'V-00001' } }),
        agent.idToken,
      ),
    ).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'The linked property does not exist any more.',
    });
    expect(await taskCount()).toBe(before);

    const now = new Date();
    await adminDb()
      .doc(paths.property(tenant.tenantId, propertyId))
      .set({
        id: propertyId,
        reference: 'V-00001',
        dealType: 'sale',
        title: 'Maison avec jardin',
        propertyType: 'house',
        address: { postalCode: '69003', city: 'Lyon' },
        price: 380000,
        surface: 110,
        rooms: 5,
        status: 'online',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
        visitCount: 0,
        offerCount: 0,
        createdBy: agent.uid,
        createdAt: now,
        updatedAt: now,
      });
    const subject = { kind: 'property' as const, id: propertyId, label: 'V-00001 · Maison avec jardin' };
    const { taskId } = await mustCall<{ taskId: string }>(CALLABLES.saveTask, callTask({ subject }), agent.idToken);
    expect(await taskDoc(taskId)).toMatchObject({ subject });
  });

  it('refuses an unknown client as subject and a signed-out caller', async () => {
    expect(
      await callCallable(
        CALLABLES.saveTask,
        callTask({ subject: { kind: 'contact', id: 'no-such-contact', label: '' } }),
        agent.idToken,
      ),
    ).toMatchObject({ ok: false, code: 'failed-precondition' });
    expect(await callCallable(CALLABLES.saveTask, callTask(), undefined)).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });
});

describe('tasks-completeTask and tasks-deleteTask', () => {
  it('completes an open task once, with its result', async () => {
    const { taskId } = await mustCall<{ taskId: string }>(CALLABLES.saveTask, callTask(), agent.idToken);
    await mustCall(CALLABLES.completeTask, { taskId, result: 'She accepted the offer.' }, manager.idToken);
    const done = await taskDoc(taskId);
    expect(done).toMatchObject({ status: 'done', result: 'She accepted the offer.' });
    expect(done?.doneAt).toBeInstanceOf(Timestamp);
    expect(await callCallable(CALLABLES.completeTask, { taskId, result: 'again' }, manager.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'This task is already done.',
    });
    expect(await callCallable(CALLABLES.saveTask, callTask({ taskId }), agent.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
    });
    await expectInvalid(CALLABLES.completeTask, { taskId, result: 'x'.repeat(5001) }, agent.idToken, 'result');
  });

  it('deletes for the creator or the owner, not for another collaborator', async () => {
    const { taskId } = await mustCall<{ taskId: string }>(CALLABLES.saveTask, callTask(), agent.idToken);
    expect(await callCallable(CALLABLES.deleteTask, { taskId }, manager.idToken)).toMatchObject({
      ok: false,
      code: 'permission-denied',
    });
    await mustCall(CALLABLES.deleteTask, { taskId }, agent.idToken);
    expect(await taskDoc(taskId)).toBeUndefined();

    const second = await mustCall<{ taskId: string }>(CALLABLES.saveTask, callTask(), agent.idToken);
    await mustCall(CALLABLES.deleteTask, { taskId: second.taskId }, tenant.owner.idToken);
    expect(await taskDoc(second.taskId)).toBeUndefined();
    expect(await callCallable(CALLABLES.deleteTask, { taskId: second.taskId }, agent.idToken)).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('meeting rooms', () => {
  it('refuses an overlapping open meeting in the same room, naming its time', async () => {
    const room = await createRoom('Salle bleue');
    const date = nextDay();
    await mustCall(CALLABLES.saveTask, meeting(room, date, '09:00', '10:00', 'Signing Dupont'), agent.idToken);
    const before = await taskCount();
    expect(await callCallable(CALLABLES.saveTask, meeting(room, date, '09:30', '10:30'), manager.idToken)).toEqual({
      ok: false,
      status: 400,
      code: 'failed-precondition',
      message: `Salle bleue is already booked from ${date} 09:00 UTC to ${date} 10:00 UTC ("Signing Dupont").`,
      reason: 'room-busy',
    });
    expect(await taskCount()).toBe(before);
    // Back to back is fine, and so is another room at the same time.
    await mustCall(CALLABLES.saveTask, meeting(room, date, '10:00', '11:00'), manager.idToken);
    await mustCall(
      CALLABLES.saveTask,
      meeting(await createRoom('Salle verte'), date, '09:30', '10:30'),
      manager.idToken,
    );
  });

  it('frees the slot when the meeting is done, and lets a meeting move within its own slot', async () => {
    const room = await createRoom('Salle jaune');
    const date = nextDay();
    const { taskId } = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      meeting(room, date, '14:00', '15:00'),
      agent.idToken,
    );
    await mustCall(CALLABLES.saveTask, { ...meeting(room, date, '14:30', '15:30'), taskId }, agent.idToken);
    await mustCall(CALLABLES.completeTask, { taskId, result: 'Done.' }, agent.idToken);
    await mustCall(CALLABLES.saveTask, meeting(room, date, '14:00', '15:00'), manager.idToken);
  });

  it('refuses a deactivated or unknown room', async () => {
    const closed = await createRoom('Salle fermée', false);
    for (const roomId of [closed, 'no-such-room']) {
      expect(
        await callCallable(CALLABLES.saveTask, meeting(roomId, nextDay(), '09:00', '10:00'), agent.idToken),
      ).toMatchObject({
        ok: false,
        code: 'failed-precondition',
        message: 'This meeting room is not available.',
      });
    }
  });

  it('lets only one of two concurrent overlapping bookings succeed', async () => {
    const room = await createRoom('Salle rouge');
    const date = nextDay();
    const results = await Promise.all([
      callCallable(CALLABLES.saveTask, meeting(room, date, '09:00', '10:00', 'First'), agent.idToken),
      callCallable(CALLABLES.saveTask, meeting(room, date, '09:30', '10:30', 'Second'), manager.idToken),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ code: 'failed-precondition' }]);
    const booked = await adminDb().collection(paths.tasks(tenant.tenantId)).where('roomId', '==', room).get();
    expect(booked.size).toBe(1);
  });
});

describe('"own" visibility: viewerUids and refusals', () => {
  let own: TestTenant;
  let alice: TestUser;
  let bruno: TestUser;
  let mona: TestUser;

  beforeAll(async () => {
    own = await createTenantWithOwner({ agencyName: 'Agence Chacun Ses Clients' });
    alice = await addActiveMember(own, 'agent', 'Alice Agent');
    bruno = await addActiveMember(own, 'agent', 'Bruno Agent');
    mona = await addActiveMember(own, 'manager', 'Mona Manager');
    await mustCall(CALLABLES.setManager, { uid: alice.uid, managerUid: mona.uid }, own.owner.idToken);
    await adminDb()
      .doc(paths.contactsSettings(own.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
  });

  /** A client of Alice's in Mona's team, as contacts-saveContact stores it. */
  async function aliceClient(changes: Partial<Contact> = {}): Promise<string> {
    const ref = adminDb().collection(paths.contacts(own.tenantId)).doc();
    await ref.set(
      contactDoc({ id: ref.id, assignedAgentUid: alice.uid, managerUid: mona.uid, createdBy: alice.uid, ...changes }),
    );
    return ref.id;
  }

  const ownTask = async (taskId: string) =>
    (await adminDb().doc(paths.task(own.tenantId, taskId)).get()).data() as Record<string, unknown> | undefined;
  const ownTaskCount = async () => (await adminDb().collection(paths.tasks(own.tenantId)).count().get()).data().count;

  function aboutClient(contact: string, changes: Partial<SaveTaskRequest> = {}): SaveTaskRequest {
    return callTask({
      assigneeUid: alice.uid,
      subject: { kind: 'contact', id: contact, label: 'Camille Client' },
      ...changes,
    });
  }

  it('stores the assignee, the author, the manager and the client viewers on create and update', async () => {
    const client = await aliceClient();
    const { taskId } = await mustCall<{ taskId: string }>(CALLABLES.saveTask, aboutClient(client), alice.idToken);
    expect((await ownTask(taskId))?.viewerUids).toEqual([alice.uid, mona.uid]);

    // Planned by the owner for Alice: the author is among the viewers too.
    const planned = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient(client, { subject: { kind: 'none', id: null, label: '' } }),
      own.owner.idToken,
    );
    expect((await ownTask(planned.taskId))?.viewerUids).toEqual([alice.uid, own.owner.uid, mona.uid]);

    // Shared with Bruno, the client's task may go to him; Mona and Alice still see it through the client.
    await adminDb()
      .doc(paths.contact(own.tenantId, client))
      .update({ sharedWithUids: [bruno.uid] });
    await mustCall(CALLABLES.saveTask, { ...aboutClient(client), taskId, assigneeUid: bruno.uid }, alice.idToken);
    expect((await ownTask(taskId))?.viewerUids).toEqual([bruno.uid, alice.uid, mona.uid]);
  });

  it('refuses a client the caller does not see exactly like a missing one, writing nothing', async () => {
    const hidden = await aliceClient();
    const before = await ownTaskCount();
    const unseen = await callCallable(
      CALLABLES.saveTask,
      aboutClient(hidden, { assigneeUid: bruno.uid }),
      bruno.idToken,
    );
    const missing = await callCallable(
      CALLABLES.saveTask,
      aboutClient('no-such-contact', { assigneeUid: bruno.uid }),
      bruno.idToken,
    );
    expect(unseen).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'The linked client does not exist any more.',
    });
    expect(unseen).toEqual(missing);
    expect(await ownTaskCount()).toBe(before);
  });

  it("refuses to hand a client's task to an assignee who does not see the client", async () => {
    const client = await aliceClient();
    const before = await ownTaskCount();
    expect(
      await callCallable(CALLABLES.saveTask, aboutClient(client, { assigneeUid: bruno.uid }), alice.idToken),
    ).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: 'The assignee does not see this client: share the client with them first.',
    });
    expect(await ownTaskCount()).toBe(before);
    // The owner sees every client, and so may be given any client's task.
    await mustCall(CALLABLES.saveTask, aboutClient(client, { assigneeUid: own.owner.uid }), alice.idToken);
  });

  it('answers a task the caller does not read like a missing one on update, completion and deletion', async () => {
    const { taskId } = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient(await aliceClient()),
      alice.idToken,
    );
    const missing = 'no-such-task';
    for (const [name, data, gone] of [
      [CALLABLES.completeTask, { taskId, result: 'Done.' }, { taskId: missing, result: 'Done.' }],
      [CALLABLES.deleteTask, { taskId }, { taskId: missing }],
      [
        CALLABLES.saveTask,
        { ...aboutClient('x'), subject: { kind: 'none', id: null, label: '' }, assigneeUid: bruno.uid, taskId },
        {
          ...aboutClient('x'),
          subject: { kind: 'none', id: null, label: '' },
          assigneeUid: bruno.uid,
          taskId: missing,
        },
      ],
    ] as const) {
      const refused = await callCallable(name, data, bruno.idToken);
      expect(refused).toMatchObject({ ok: false, code: 'not-found', message: 'This task does not exist any more.' });
      expect(refused).toEqual(await callCallable(name, gone, bruno.idToken));
    }
    expect(await ownTask(taskId)).toMatchObject({ status: 'open', assigneeUid: alice.uid });
    // Mona, Alice's manager, reads it, so she completes it.
    await mustCall(CALLABLES.completeTask, { taskId, result: 'Done.' }, mona.idToken);
  });

  it("follows the client's reassignment (syncContactTasks), writing only what differs", async () => {
    const client = await aliceClient();
    const { taskId } = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient(client, { assigneeUid: own.owner.uid }),
      alice.idToken,
    );
    const other = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient(client, { subject: { kind: 'none', id: null, label: '' } }),
      alice.idToken,
    );
    expect((await ownTask(taskId))?.viewerUids).toEqual([own.owner.uid, alice.uid, mona.uid]);

    // The owner gives the client to Bruno (no manager): the trigger rewrites the task about it.
    await adminDb().doc(paths.contact(own.tenantId, client)).update({ assignedAgentUid: bruno.uid, managerUid: null });
    await eventually(async () =>
      expect((await ownTask(taskId))?.viewerUids).toEqual([own.owner.uid, alice.uid, bruno.uid]),
    );
    // Not about the client: untouched.
    expect((await ownTask(other.taskId))?.viewerUids).toEqual([alice.uid, mona.uid]);

    // Run again on settled data it changes nothing; on a stale copy it rewrites just that task.
    expect(await syncContactTasks({ db: adminDb() }, own.tenantId, client)).toBe(0);
    await adminDb().doc(paths.task(own.tenantId, taskId)).update({ viewerUids: [] });
    expect(await syncContactTasks({ db: adminDb() }, own.tenantId, client)).toBe(1);
    expect((await ownTask(taskId))?.viewerUids).toEqual([own.owner.uid, alice.uid, bruno.uid]);
  });

  it("team-setManager makes the agent's tasks follow the new manager", async () => {
    const carl = await addActiveMember(own, 'agent', 'Carl Agent');
    const { taskId } = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient('x', { assigneeUid: carl.uid, subject: { kind: 'none', id: null, label: '' } }),
      carl.idToken,
    );
    expect((await ownTask(taskId))?.viewerUids).toEqual([carl.uid]);
    expect(await callCallable(CALLABLES.completeTask, { taskId, result: 'x' }, mona.idToken)).toMatchObject({
      ok: false,
      code: 'not-found',
    });

    await mustCall(CALLABLES.setManager, { uid: carl.uid, managerUid: mona.uid }, own.owner.idToken);
    expect((await ownTask(taskId))?.viewerUids).toEqual([carl.uid, mona.uid]);
    await mustCall(CALLABLES.setManager, { uid: carl.uid, managerUid: null }, own.owner.idToken);
    expect((await ownTask(taskId))?.viewerUids).toEqual([carl.uid]);
  });

  it('team-changeRole: a manager who stops being one leaves their team, and so do its contacts and tasks', async () => {
    const max = await addActiveMember(own, 'manager', 'Max Manager');
    const dora = await addActiveMember(own, 'agent', 'Dora Agent');
    const contact = adminDb().collection(paths.contacts(own.tenantId)).doc();
    await contact.set(contactDoc({ id: contact.id, assignedAgentUid: dora.uid }));
    const { taskId } = await mustCall<{ taskId: string }>(
      CALLABLES.saveTask,
      aboutClient('x', { assigneeUid: dora.uid, subject: { kind: 'none', id: null, label: '' } }),
      dora.idToken,
    );
    await mustCall(CALLABLES.setManager, { uid: dora.uid, managerUid: max.uid }, own.owner.idToken);
    expect((await contact.get()).get('managerUid')).toBe(max.uid);
    expect((await ownTask(taskId))?.viewerUids).toEqual([dora.uid, max.uid]);

    await mustCall(CALLABLES.changeRole, { uid: max.uid, role: 'agent' }, own.owner.idToken);
    const member = (uid: string) => adminDb().doc(paths.member(own.tenantId, uid)).get();
    expect((await member(dora.uid)).get('managerUid')).toBeNull();
    expect((await contact.get()).get('managerUid')).toBeNull();
    expect((await ownTask(taskId))?.viewerUids).toEqual([dora.uid]);

    // An agent who becomes a manager leaves their own manager the same way.
    await mustCall(CALLABLES.changeRole, { uid: max.uid, role: 'manager' }, own.owner.idToken);
    await mustCall(CALLABLES.setManager, { uid: dora.uid, managerUid: max.uid }, own.owner.idToken);
    await mustCall(CALLABLES.changeRole, { uid: dora.uid, role: 'manager' }, own.owner.idToken);
    expect((await member(dora.uid)).get('managerUid')).toBeNull();
    expect((await contact.get()).get('managerUid')).toBeNull();
    expect((await ownTask(taskId))?.viewerUids).toEqual([dora.uid]);
  });

  it('names the other meeting only to those who read it when a room is taken', async () => {
    const room = adminDb().collection(paths.rooms(own.tenantId)).doc();
    const now = new Date();
    await room.set({ id: room.id, name: 'Salle privée', capacity: 4, active: true, createdAt: now, updatedAt: now });
    const date = nextDay();
    const booking = (title: string, assigneeUid: string): SaveTaskRequest =>
      callTask({
        type: 'meeting',
        title,
        dueAt: `${date}T09:00:00.000Z`,
        endAt: `${date}T10:00:00.000Z`,
        roomId: room.id,
        assigneeUid,
        subject: { kind: 'none', id: null, label: '' },
      });
    await mustCall(CALLABLES.saveTask, booking('Signature Dupont', alice.uid), alice.idToken);
    expect(await callCallable(CALLABLES.saveTask, booking('Other', bruno.uid), bruno.idToken)).toMatchObject({
      ok: false,
      code: 'failed-precondition',
      message: `Salle privée is already booked from ${date} 09:00 UTC to ${date} 10:00 UTC.`,
    });
    expect(await callCallable(CALLABLES.saveTask, booking('Other', mona.uid), mona.idToken)).toMatchObject({
      ok: false,
      message: `Salle privée is already booked from ${date} 09:00 UTC to ${date} 10:00 UTC ("Signature Dupont").`,
    });
  });
});
