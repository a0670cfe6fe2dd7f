import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { at, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_TENANT, seed, TENANT, uidOf, type DocData, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

/** Another agent, in another manager's team: the agent persona is unrelated to their own tasks. */
const OTHER_AGENT = 'zoe-agent';
const OTHER_MANAGER = 'max-manager';

/**
 * One task per way of being among `viewerUids` (as tasks-saveTask and syncContactTasks compute it), each
 * naming the agent or the manager persona for that reason only, and tasks naming neither.
 */
const TASKS = {
  /** Assigned to the agent by another agent. */
  assigned: 'assigned',
  /** Written by the agent for another agent. */
  authored: 'authored',
  /** Another agent's task in the manager persona's team. */
  team: 'team',
  /** About the agent's client, planned by and for another agent. */
  contactAgent: 'contact-agent',
  /** About another agent's client shared with the agent. */
  sharee: 'sharee',
  /** Another team's task about another team's client: the agent and the manager are unrelated. */
  foreign: 'foreign',
  /** Stored before viewerUids: assigned to the agent, yet only owner and admin read it in "own" mode. */
  legacy: 'legacy',
  /** Naming a partner and a client in viewerUids, which grants them nothing. */
  outsiders: 'outsiders',
} as const;
type TaskName = keyof typeof TASKS;

/** A task as tasks-saveTask writes it (taskSchema). */
function taskDoc(id: string, changes: DocData = {}): DocData {
  return {
    id,
    type: 'call',
    title: 'Call back about the offer',
    dueAt: at('2026-03-02T09:00:00Z'),
    endAt: null,
    assigneeUid: OTHER_AGENT,
    subject: { kind: 'none', id: null, label: '' },
    project: '',
    text: '',
    roomId: null,
    status: 'open',
    result: null,
    createdBy: OTHER_AGENT,
    createdAt: at('2026-03-01T09:00:00Z'),
    updatedAt: at('2026-03-01T09:00:00Z'),
    doneAt: null,
    viewerUids: [OTHER_AGENT, OTHER_MANAGER],
    ...changes,
  };
}

function taskDocs(): Record<TaskName, DocData> {
  const { viewerUids: _absent, ...legacy } = taskDoc(TASKS.legacy, { assigneeUid: uidOf('agent') });
  return {
    assigned: taskDoc(TASKS.assigned, {
      assigneeUid: uidOf('agent'),
      viewerUids: [uidOf('agent'), OTHER_AGENT, OTHER_MANAGER],
    }),
    authored: taskDoc(TASKS.authored, { createdBy: uidOf('agent'), viewerUids: [OTHER_AGENT, uidOf('agent')] }),
    team: taskDoc(TASKS.team, { viewerUids: [OTHER_AGENT, uidOf('manager')] }),
    contactAgent: taskDoc(TASKS.contactAgent, {
      subject: { kind: 'contact', id: CONTACT, label: 'Anna Karenina' },
      viewerUids: [OTHER_AGENT, OTHER_MANAGER, uidOf('agent')],
    }),
    sharee: taskDoc(TASKS.sharee, {
      subject: { kind: 'contact', id: 'emma', label: 'Emma Bovary' },
      viewerUids: [OTHER_AGENT, OTHER_MANAGER, uidOf('agent')],
    }),
    foreign: taskDoc(TASKS.foreign, { subject: { kind: 'contact', id: 'boris', label: 'Boris Godounov' } }),
    legacy,
    outsiders: taskDoc(TASKS.outsiders, { viewerUids: [OTHER_AGENT, uidOf('partner'), uidOf('client')] }),
  };
}

function seedDocs(visibility: 'shared' | 'own'): Record<string, DocData> {
  const docs: Record<string, DocData> = {
    [paths.contactsSettings(TENANT)]: { visibility, origins: [], updatedAt: at('2026-01-15T09:00:00Z') },
    [paths.task(OTHER_TENANT, TASKS.assigned)]: taskDocs().assigned,
  };
  for (const task of Object.values(taskDocs())) docs[paths.task(TENANT, task.id as string)] = task;
  return docs;
}

const db = (persona: PersonaName) => dbOf(env, persona);
const taskRef = (persona: PersonaName, taskId: string, tenantId = TENANT) =>
  db(persona).doc(paths.task(tenantId, taskId));
const tasksOf = (persona: PersonaName, tenantId = TENANT) => db(persona).collection(paths.tasks(tenantId));
/** The calendar's query: a range of due times, by due time, with the "own"-mode clause when given. */
const calendar = (persona: PersonaName, viewerUid: string | null) => {
  const base = tasksOf(persona);
  const asked = viewerUid === null ? base : base.where('viewerUids', 'array-contains', viewerUid);
  return asked
    .where('dueAt', '>=', at('2026-03-01T00:00:00Z'))
    .where('dueAt', '<', at('2026-04-01T00:00:00Z'))
    .orderBy('dueAt');
};
const ids = (snapshot: { docs: { id: string }[] }) => snapshot.docs.map((doc) => doc.id).sort();
const every = Object.values(TASKS).sort();

for (const visibility of ['shared', 'own'] as const) {
  describe(`visibility ${visibility}`, () => {
    beforeEach(async () => {
      await env.clearFirestore();
      await seed(env, seedDocs(visibility));
    });

    for (const persona of ['owner', 'admin'] as const) {
      describe(persona, () => {
        it('reads every task, listed without a clause', async () => {
          await assertSucceeds(taskRef(persona, TASKS.foreign).get());
          await assertSucceeds(taskRef(persona, TASKS.legacy).get());
          expect(ids(await assertSucceeds(calendar(persona, null).get()))).toEqual(every);
        });
      });
    }

    for (const persona of ['owner', 'admin', 'manager', 'agent'] as const) {
      describe(persona, () => {
        it('cannot create, edit, complete or delete a task directly (tasks-* callables only)', async () => {
          await assertFails(
            taskRef(persona, 'new').set({
              ...taskDoc('new', { viewerUids: [uidOf(persona)] }),
              createdBy: uidOf(persona),
              createdAt: serverTime(),
            }),
          );
          await assertFails(taskRef(persona, TASKS.assigned).update({ title: 'Renamed', updatedAt: serverTime() }));
          await assertFails(
            taskRef(persona, TASKS.assigned).update({ status: 'done', result: 'ok', doneAt: serverTime() }),
          );
          await assertFails(taskRef(persona, TASKS.foreign).update({ viewerUids: [uidOf(persona)] }));
          await assertFails(taskRef(persona, TASKS.assigned).delete());
        });

        it('cannot read the tasks of another tenant', async () => {
          await assertFails(taskRef(persona, TASKS.assigned, OTHER_TENANT).get());
          await assertFails(tasksOf(persona, OTHER_TENANT).get());
          await assertFails(tasksOf(persona, OTHER_TENANT).where('viewerUids', 'array-contains', uidOf(persona)).get());
        });
      });
    }

    if (visibility === 'shared') {
      for (const persona of ['manager', 'agent'] as const) {
        describe(persona, () => {
          it("reads every task, even another team's or one stored before viewerUids, listed without a clause", async () => {
            await assertSucceeds(taskRef(persona, TASKS.foreign).get());
            await assertSucceeds(taskRef(persona, TASKS.legacy).get());
            expect(ids(await assertSucceeds(calendar(persona, null).get()))).toEqual(every);
            await assertSucceeds(calendar(persona, uidOf(persona)).get());
          });
        });
      }
    }

    if (visibility === 'own') {
      describe('agent', () => {
        const readable: TaskName[] = ['assigned', 'authored', 'contactAgent', 'sharee'];
        for (const name of readable) {
          it(`reads the ${name} task (named in viewerUids)`, async () => {
            await assertSucceeds(taskRef('agent', TASKS[name]).get());
          });
        }

        for (const name of ['team', 'foreign', 'legacy', 'outsiders'] as const) {
          it(`cannot read the ${name} task (not in viewerUids)`, async () => {
            await assertFails(taskRef('agent', TASKS[name]).get());
          });
        }

        it('lists its tasks with viewerUids array-contains, and nothing without it or for another uid', async () => {
          const mine = await assertSucceeds(calendar('agent', uidOf('agent')).get());
          expect(ids(mine)).toEqual(readable.map((name) => TASKS[name]).sort());
          await assertFails(calendar('agent', null).get());
          await assertFails(tasksOf('agent').get());
          await assertFails(tasksOf('agent').where('assigneeUid', '==', uidOf('agent')).get());
          await assertFails(calendar('agent', OTHER_AGENT).get());
        });
      });

      describe('manager', () => {
        it("reads a task of their team's agent (manager of the assignee)", async () => {
          await assertSucceeds(taskRef('manager', TASKS.team).get());
          expect(ids(await assertSucceeds(calendar('manager', uidOf('manager')).get()))).toEqual([TASKS.team]);
        });

        it("cannot read another team's task, the agent's, nor list without the clause", async () => {
          await assertFails(taskRef('manager', TASKS.foreign).get());
          await assertFails(taskRef('manager', TASKS.assigned).get());
          await assertFails(taskRef('manager', TASKS.legacy).get());
          await assertFails(calendar('manager', null).get());
          await assertFails(calendar('manager', OTHER_MANAGER).get());
        });
      });
    }

    for (const persona of ['partner', 'client', 'pending', 'otherTenant', 'anonymous'] as const) {
      describe(persona, () => {
        it('cannot read the tasks, even one naming them in viewerUids', async () => {
          await assertFails(taskRef(persona, TASKS.assigned).get());
          await assertFails(taskRef(persona, TASKS.outsiders).get());
          await assertFails(tasksOf(persona).get());
          if (persona !== 'anonymous') await assertFails(calendar(persona, uidOf(persona)).get());
        });

        it('cannot write a task', async () => {
          await assertFails(taskRef(persona, 'new').set(taskDoc('new')));
          await assertFails(taskRef(persona, TASKS.assigned).delete());
        });
      });
    }
  });
}
