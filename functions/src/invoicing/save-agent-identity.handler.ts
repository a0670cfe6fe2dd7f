import {
  agentInvoicingModel,
  isCollaborator,
  isTeamManager,
  paths,
  type SaveAgentInvoicingInput,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readActor, readMember } from '../lib/staff';
import { runTransaction } from '../lib/transactions';
import { invoicingLog } from './invoicing.log';

const identityConverter = converterOf(agentInvoicingModel);

/**
 * An agent's identity on the commission invoices issued in their name: the agent sets their own, the
 * owner or an admin anyone's. Their drafts take it when validated.
 */
export async function saveAgentIdentity(
  deps: Deps,
  caller: Caller,
  input: SaveAgentInvoicingInput,
): Promise<{ saved: true }> {
  const { db } = deps;
  const tenantId = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    if (actor.uid !== input.uid && !isTeamManager(actor.role)) {
      throw new Refusal(
        'permission-denied',
        'Only the owner or an admin sets another collaborator’s identity.',
        'not-team-manager',
      );
    }
    const member = await readMember(db, tx, actor.tenantId, input.uid);
    if (!isCollaborator(member.role)) {
      throw new Refusal('failed-precondition', 'Only collaborators are paid commissions.', 'not-collaborator');
    }
    tx.set(db.doc(paths.agentInvoicing(actor.tenantId, input.uid)).withConverter(identityConverter), {
      ...input.identity,
      uid: input.uid,
      updatedAt: deps.now(),
      updatedBy: actor.uid,
    });
    return actor.tenantId;
  });
  invoicingLog.agentIdentitySaved(tenantId, input.uid, caller.uid);
  return { saved: true };
}
