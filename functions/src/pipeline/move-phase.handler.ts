import {
  assertTracfinComplete,
  interestId,
  isPhaseOf,
  paths,
  phaseLabel,
  phaseMoveRemark,
  requiresTracfin,
  type HistoryEntry,
  type MovePhaseInput,
  type MovePhaseResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import type { Deps } from '../lib/deps';
import { pipelineLog } from './pipeline.log';
import { Refusal } from '../lib/refusal';
import { readTenant } from '../lib/staff';
import { interestContactName, moveInterest } from './interest-store';
import {
  historyConverter,
  interestConverter,
  readPipelineCollaborator,
  readPipelineSettings,
  readTracfinFile,
  readVisibleContact,
} from './pipeline-store';
import { runTransaction } from '../lib/transactions';

interface Moved {
  tenantId: string;
  from: string;
  by: string;
}

/**
 * Moves an interest to another phase by hand (seed 003: "without a history action"). In the same
 * transaction a remark in the history says who moved whom from where to where, with the phases' names
 * in the agency's language. The remark carries the new phase, so pipeline-onHistoryCreated finds the
 * interest already there and moves nothing. Moving to the phase it is in writes nothing. A buyer enters
 * a purchase-commitment phase only with a complete Tracfin file (`tracfin-incomplete` otherwise).
 */
export async function movePhase(deps: Deps, caller: Caller, input: MovePhaseInput): Promise<MovePhaseResult> {
  const { db } = deps;
  const now = deps.now();
  const outcome = await runTransaction(db, async (tx): Promise<MovePhaseResult & { done?: Moved }> => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const ref = db
      .doc(paths.interest(tenantId, interestId(input.contactId, input.propertyId)))
      .withConverter(interestConverter);
    const [contact, snapshot, settings, tenant] = await Promise.all([
      readVisibleContact(db, tx, actor, input.contactId),
      tx.get(ref),
      readPipelineSettings(db, tx, tenantId),
      readTenant(db, tx, tenantId),
    ]);
    const interest = snapshot.data();
    if (!interest) {
      throw new Refusal('not-found', 'This client is not linked to this property.', 'interest-not-found');
    }
    if (!isPhaseOf(interest.dealType, input.phase)) {
      throw new Refusal(
        'failed-precondition',
        `The phase ${input.phase} does not exist for a property for ${interest.dealType}.`,
        'phase-not-of-deal-type',
      );
    }
    if (interest.phase === input.phase) return { moved: false, remark: null };
    if (requiresTracfin(contact, interest.dealType, input.phase)) {
      assertTracfinComplete(await readTracfinFile(db, tx, tenantId, input.contactId), contact.identityType, now);
    }

    moveInterest(tx, ref, interest, input.phase, now, now, contact);
    const label = (phase: typeof input.phase) => phaseLabel(settings, interest.dealType, phase, tenant.locale);
    const remark = phaseMoveRemark(tenant.locale, {
      actor: actor.member.displayName || actor.member.email,
      contact: interestContactName(contact),
      from: label(interest.phase),
      to: label(input.phase),
    });
    const entryRef = db.collection(paths.history(tenantId)).doc().withConverter(historyConverter);
    const entry: HistoryEntry = {
      id: entryRef.id,
      type: 'remark',
      occurredAt: now,
      authorUid: actor.uid,
      contactIds: [input.contactId],
      propertyId: input.propertyId,
      dealId: null,
      text: remark,
      phase: input.phase,
      phaseChange: null,
      createdAt: now,
    };
    tx.create(entryRef, entry);
    return { moved: true, remark, done: { tenantId, from: interest.phase, by: actor.uid } };
  });
  if (outcome.done) {
    const { tenantId, from, by } = outcome.done;
    pipelineLog.phaseChanged(tenantId, interestId(input.contactId, input.propertyId), from, input.phase, by);
  }
  return { moved: outcome.moved, remark: outcome.remark };
}
