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
  contact: Pick<Contact, 'assignedAgentUid' | 'sharedWith' | 'managerUid'>,
): boolean {
  if (isTeamManager(viewer.role)) return true;
  if (!isCollaborator(viewer.role)) return false;
  if (visibility === 'shared') return true;
  return (
    contact.assignedAgentUid === viewer.uid ||
    contact.sharedWith[viewer.uid] === true ||
    (viewer.role === 'manager' && contact.managerUid === viewer.uid)
  );
}

/** The `where` clauses of an "own"-mode contact list, one query each (merged by the app): see data-model.md. */
export type OwnContactsClause =
  | { field: 'assignedAgentUid'; value: string }
  | { field: `sharedWith.${string}`; value: true }
  | { field: 'managerUid'; value: string };

export function ownContactsClauses(viewer: ContactViewer): OwnContactsClause[] {
  const clauses: OwnContactsClause[] = [
    { field: 'assignedAgentUid', value: viewer.uid },
    { field: `sharedWith.${viewer.uid}`, value: true },
  ];
  if (viewer.role === 'manager') clauses.push({ field: 'managerUid', value: viewer.uid });
  return clauses;
}
