import type { Role } from '../team/roles';
import { isCollaborator, isTeamManager } from '../team/roles';
import type { Contact } from './contact.schema';
import type { ContactVisibility } from './contacts-settings.schema';

export interface ContactViewer {
  uid: string;
  role: Role | null;
}

/**
 * Whether a staff member sees a contact, as `canSeeContact` in firestore.rules decides it: functions
 * use it before acting on a contact for someone, so a callable never reveals more than a read would.
 */
export function canSeeContact(
  visibility: ContactVisibility,
  viewer: ContactViewer,
  contact: Pick<Contact, 'assignedAgentUid' | 'sharedWithUids' | 'managerUid'>,
): boolean {
  if (isTeamManager(viewer.role)) return true;
  if (!isCollaborator(viewer.role)) return false;
  if (visibility === 'shared') return true;
  return (
    contact.assignedAgentUid === viewer.uid ||
    contact.sharedWithUids.includes(viewer.uid) ||
    (viewer.role === 'manager' && contact.managerUid === viewer.uid)
  );
}

/**
 * The `where` clauses of an "own"-mode contact list (see data-model.md): `assignedAgentUid ==` and
 * `managerUid ==` are equalities, the shared clause is `sharedWithUids array-contains`.
 */
export type OwnContactsClause =
  | { field: 'assignedAgentUid'; op: '=='; value: string }
  | { field: 'sharedWithUids'; op: 'array-contains'; value: string }
  | { field: 'managerUid'; op: '=='; value: string };

export function ownContactsClauses(viewer: ContactViewer): OwnContactsClause[] {
  const clauses: OwnContactsClause[] = [
    { field: 'assignedAgentUid', op: '==', value: viewer.uid },
    { field: 'sharedWithUids', op: 'array-contains', value: viewer.uid },
  ];
  if (viewer.role === 'manager') clauses.push({ field: 'managerUid', op: '==', value: viewer.uid });
  return clauses;
}
