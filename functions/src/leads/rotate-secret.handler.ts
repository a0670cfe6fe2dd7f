import { paths, portalLeadEndpoint, type RotateLeadsSecretResult } from '@estate/domain';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { leadsLog } from './leads.log';
import { readTeamManagerActor } from '../contacts/contact-access';
import { hashLeadsSecret, newLeadsSecret } from './leads-secret';
import { runTransaction } from '../lib/transactions';

/** Where the functions answer: the emulator's origin locally, the region's host deployed. */
export interface FunctionsLocation {
  projectId: string;
  emulatorOrigin: string | null;
}

export function functionsLocation(env: Record<string, string | undefined> = process.env): FunctionsLocation {
  return {
    projectId: env.GCLOUD_PROJECT ?? env.GCP_PROJECT ?? 'demo-estate',
    // The launcher writes the emulator's origin (each local suite has its own ports).
    emulatorOrigin: env.FUNCTIONS_EMULATOR === 'true' ? env.LOCAL_FUNCTIONS_ORIGIN || 'http://127.0.0.1:5001' : null,
  };
}

/**
 * `leads-rotateSecret`: owner or admin replace the secret the agency's portals send; the former one
 * stops working at once. The secret is answered this once: only its hash and last characters are
 * stored (`hashLeadsSecret`), so nobody reads it back, from the app or the database.
 */
export function rotateSecretHandler(location: FunctionsLocation) {
  return async function rotateSecret(deps: Deps, caller: Caller): Promise<RotateLeadsSecretResult> {
    const { db } = deps;
    const secret = newLeadsSecret();
    const tenantId = await runTransaction(db, async (tx) => {
      const actor = await readTeamManagerActor(db, tx, caller);
      const stored = hashLeadsSecret(secret, deps.now(), actor.uid);
      tx.set(db.doc(paths.leadsSecret(actor.tenantId)), toStored({ ...stored }));
      return actor.tenantId;
    });
    leadsLog.leadsSecretRotated(tenantId, caller.uid);
    return { secret, endpoint: portalLeadEndpoint({ ...location, tenantId }) };
  };
}
