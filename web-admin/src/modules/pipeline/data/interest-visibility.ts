import { isTeamManager } from '@estate/domain';
import { or, where, type QueryFilterConstraint } from 'firebase/firestore';
import { type ContactsViewer, fetchContactsSettings } from '../../contacts';

/** Who reads interests: their clause in "own" visibility depends on their uid and role only. */
export type InterestsViewer = Pick<ContactsViewer, 'uid' | 'role'>;

/**
 * The clause the rules demand on an interests query (docs/data-model.md, interests), or null when the
 * viewer may read them all: owner and admin, and everybody while the tenant's clients are shared. In
 * "own" mode an agent asks for the interests of their clients (`agentUid`) and of the clients shared
 * with them (`sharedWithUids`), a manager also for their team's (`managerUid`); interests carry the
 * contact's name, so they follow the contact's visibility.
 */
export async function interestsVisibilityConstraint(
  tenantId: string,
  viewer: InterestsViewer,
): Promise<QueryFilterConstraint | null> {
  if (isTeamManager(viewer.role)) return null;
  const { visibility } = await fetchContactsSettings(tenantId);
  if (visibility === 'shared') return null;
  const assigned = where('agentUid', '==', viewer.uid);
  const shared = where('sharedWithUids', 'array-contains', viewer.uid);
  return viewer.role === 'manager' ? or(assigned, where('managerUid', '==', viewer.uid), shared) : or(assigned, shared);
}
