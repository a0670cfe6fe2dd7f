import type { Deps } from '../lib/deps';
import type { ContactLifecycleParticipant } from './contact-lifecycle';

async function deletePortalAccount(deps: Deps, uid: string | null): Promise<number> {
  if (!uid) return 0;
  try {
    await deps.auth.deleteUser(uid);
    return 1;
  } catch (error) {
    if ((error as { code?: string }).code === 'auth/user-not-found') return 0;
    throw error;
  }
}

/** The client's sign-in account; a merged contact has none (the merge refuses one with a client space). */
export const clientSpaceContactLifecycle = {
  name: 'client-space',
  async erased({ deps, pending, count }) {
    await count('portalAccount', await deletePortalAccount(deps, pending.portalUid));
  },
} satisfies ContactLifecycleParticipant;
