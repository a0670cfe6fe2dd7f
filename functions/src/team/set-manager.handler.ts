import { paths, type SetManagerInput, type SetManagerResult } from '@estate/domain';
import type { QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { Refusal } from '../lib/refusal';
import { readMember } from '../lib/staff';
import { readTeamManagerActor } from '../contacts/contact-access';
import { syncAssigneeTasks } from '../tasks/task-viewers';
import { runTransaction } from '../lib/transactions';

/** Firestore allows 500 writes per batch; stay below. */
const BATCH_SIZE = 400;

/**
 * Owner or admin gives an agent a manager (or none). The member document says it, and every contact
 * assigned to the agent carries the same `managerUid`, which the rules read for "own" visibility; the
 * tasks assigned to the agent name the new manager among their `viewerUids` (the tasks about those
 * contacts follow through contacts-onContactWritten).
 * Setting the same manager again rewrites nothing but the contacts that still differ, so a retry
 * after a half-done run finishes the job.
 */
export async function setManager(deps: Deps, caller: Caller, input: SetManagerInput): Promise<SetManagerResult> {
  const { db } = deps;
  const now = deps.now();
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readTeamManagerActor(db, tx, caller);
    const agent = await readMember(db, tx, actor.tenantId, input.uid);
    if (agent.role !== 'agent') {
      throw new Refusal('failed-precondition', 'Only an agent has a manager.', 'not-an-agent');
    }
    if (input.managerUid !== null) {
      const manager = await tx.get(db.doc(paths.member(actor.tenantId, input.managerUid)));
      if (!manager.exists || manager.get('role') !== 'manager' || manager.get('status') !== 'active') {
        throw new Refusal(
          'failed-precondition',
          'The manager must be an active member with the manager role.',
          'not-a-manager',
        );
      }
    }
    if (agent.managerUid !== input.managerUid) {
      tx.update(
        db.doc(paths.member(actor.tenantId, input.uid)),
        toStored({ managerUid: input.managerUid, updatedAt: now }),
      );
    }
    return actor.tenantId;
  });

  const contactsUpdated = await propagateManager(deps, tenantId, input.uid, input.managerUid);
  teamLog.managerSet(tenantId, input.uid, input.managerUid, caller.uid, contactsUpdated);
  return { uid: input.uid, managerUid: input.managerUid, contactsUpdated };
}

/**
 * Makes the agent's contacts carry `managerUid` (which the rules read for "own" visibility) and the
 * tasks assigned to the agent name that manager among their viewers (the tasks about those contacts,
 * and their history, follow through contacts-onContactWritten). Contacts outside any transaction (an
 * agent may have thousands), in batches, only those that differ, so a rerun finishes a half-done one.
 * Returns how many contacts changed.
 */
export async function propagateManager(
  deps: Pick<Deps, 'db'>,
  tenantId: string,
  agentUid: string,
  managerUid: string | null,
): Promise<number> {
  const { db } = deps;
  let contactsUpdated = 0;
  const assigned = db.collection(paths.contacts(tenantId)).where('assignedAgentUid', '==', agentUid);
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    const page = await (last ? assigned.orderBy('__name__').startAfter(last) : assigned.orderBy('__name__'))
      .limit(BATCH_SIZE)
      .get();
    if (page.empty) break;
    const batch = db.batch();
    let writes = 0;
    for (const doc of page.docs) {
      if ((doc.get('managerUid') ?? null) === managerUid) continue;
      batch.update(doc.ref, { managerUid });
      writes += 1;
    }
    if (writes > 0) await batch.commit();
    contactsUpdated += writes;
    last = page.docs[page.docs.length - 1];
  }
  await syncAssigneeTasks(deps, tenantId, agentUid);
  return contactsUpdated;
}
