import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime } from './fixtures';
import {
  CONTACT,
  createRulesEnv,
  dbOf,
  OTHER_TENANT,
  seed,
  TENANT,
  uidOf,
  type DocData,
  type PersonaName,
} from './rules-env';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnv();
});

afterAll(async () => {
  await env.cleanup();
});

const TASK = 't1';

/** A task as tasks-saveTask writes it (taskSchema). */
function taskDoc(id: string): DocData {
  return {
    id,
    type: 'call',
    title: 'Call back about the offer',
    dueAt: at('2026-03-02T09:00:00Z'),
    endAt: null,
    assigneeUid: uidOf('agent'),
    subject: { kind: 'contact', id: CONTACT, label: 'Anna Karenina' },
    project: '',
    text: '',
    roomId: null,
    status: 'open',
    result: null,
    createdBy: uidOf('agent'),
    createdAt: at('2026-03-01T09:00:00Z'),
    updatedAt: at('2026-03-01T09:00:00Z'),
    doneAt: null,
  };
}

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.task(TENANT, TASK)]: taskDoc(TASK),
    [paths.task(OTHER_TENANT, TASK)]: taskDoc(TASK),
  });
});

const taskRef = (persona: PersonaName, taskId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.task(tenantId, taskId));

for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
  describe(persona, () => {
    it('reads a task and lists the tasks', async () => {
      await assertSucceeds(taskRef(persona, TASK).get());
      const list = await assertSucceeds(dbOf(env, persona).collection(paths.tasks(TENANT)).get());
      expect(list.size).toBe(1);
    });

    it('cannot create, edit, complete or delete a task directly (tasks-* callables only)', async () => {
      await assertFails(
        taskRef(persona, 'new').set({ ...taskDoc('new'), createdBy: uidOf(persona), createdAt: serverTime() }),
      );
      await assertFails(taskRef(persona, TASK).update({ title: 'Renamed', updatedAt: serverTime() }));
      await assertFails(taskRef(persona, TASK).update({ status: 'done', result: 'ok', doneAt: serverTime() }));
      await assertFails(taskRef(persona, TASK).delete());
    });

    it('cannot read the tasks of another tenant', async () => {
      await assertFails(taskRef(persona, TASK, OTHER_TENANT).get());
      await assertFails(dbOf(env, persona).collection(paths.tasks(OTHER_TENANT)).get());
    });
  });
}

for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
  describe(persona, () => {
    it('cannot read the tasks', async () => {
      await assertFails(taskRef(persona, TASK).get());
      await assertFails(dbOf(env, persona).collection(paths.tasks(TENANT)).get());
    });

    it('cannot write a task', async () => {
      await assertFails(taskRef(persona, 'new').set(taskDoc('new')));
      await assertFails(taskRef(persona, TASK).delete());
    });
  });
}
