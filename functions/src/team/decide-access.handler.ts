import {
  paths,
  refuseTeamAction,
  type DecideAccessInput,
  type MemberStatus,
  type DecideAccessResult,
} from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { teamLog } from './team.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { refuseIfJoinedElsewhere, teamRefusal } from '../lib/refusal';
import { readActor, readMember, readTenant } from '../lib/staff';
import { decisionSentence } from './access-decision.copy';
import { runTransaction } from '../lib/transactions';

/** An owner or admin approves a pending collaborator with a role, or declines them; the requester is mailed either way. */
export async function decideAccess(deps: Deps, caller: Caller, input: DecideAccessInput): Promise<DecideAccessResult> {
  const { db } = deps;
  const now = deps.now();
  if (input.decision === 'approve' && caller.claims?.tenantId) {
    await refuseIfJoinedElsewhere(deps.auth, input.uid, caller.claims.tenantId);
  }
  const result = await runTransaction(db, async (tx) => {
    const actor = await readActor(db, tx, caller);
    const tenant = await readTenant(db, tx, actor.tenantId);
    const target = await readMember(db, tx, actor.tenantId, input.uid);
    const refusal = refuseTeamAction(actor, target, 'decide');
    if (refusal) throw teamRefusal(refusal);

    const approved = input.decision === 'approve';
    const role = approved ? input.role : null;
    const status: MemberStatus = approved ? 'active' : 'rejected';
    tx.update(
      db.doc(paths.member(actor.tenantId, input.uid)),
      toStored({ status, role, decidedAt: now, decidedBy: actor.uid, updatedAt: now }),
    );
    queueMail(
      db,
      tx,
      {
        tenantId: tenant.id,
        to: target.email,
        locale: target.locale,
        templateId: 'access-decision',
        data: {
          displayName: target.displayName,
          decision: decisionSentence(
            target.locale,
            input.decision === 'approve' ? { approved: true, role: input.role } : { approved: false },
          ),
          ...(approved ? { link: deps.links.link('admin', tenant, '/') } : {}),
        },
        brand: brandOf(tenant),
      },
      now,
    );
    return { tenantId: actor.tenantId, uid: input.uid, status, role };
  });
  if (input.decision === 'approve')
    await deps.auth.setCustomUserClaims(input.uid, { tenantId: result.tenantId, role: input.role });
  teamLog.accessDecided(result.tenantId, input.uid, input.decision, caller.uid);
  return { uid: result.uid, status: result.status, role: result.role };
}
