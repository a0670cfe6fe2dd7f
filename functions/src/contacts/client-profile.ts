import type { Deps } from '../lib/deps';

// TEMPORARY placeholder (does nothing) owned by the client-profile work.

/** Writes, rewrites or deletes clientProfiles/{contactId} from the contact as it is now. */
export async function syncClientProfile(_deps: Pick<Deps, 'db'>, _tenantId: string, _contactId: string): Promise<void> {
  return undefined as never; // placeholder until implemented
}
