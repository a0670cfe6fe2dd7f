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
 * Who may change who holds a contact and who else sees it (its assigned agent and its sharing list):
 * owner and admin, the agent who holds it, or that agent's manager. A colleague it is shared with sees
 * and edits the rest, but cannot take it over (reassign it to themselves and unshare it, so the agent
 * who held it loses it in "own" visibility). A new contact is held by the agent it is created for.
 */
export function canChangeContactHolder(
  viewer: ContactViewer,
  holder: Pick<Contact, 'assignedAgentUid' | 'managerUid'>,
): boolean {
  return (
    isTeamManager(viewer.role) ||
    (isCollaborator(viewer.role) && holder.assignedAgentUid === viewer.uid) ||
    (viewer.role === 'manager' && holder.managerUid === viewer.uid)
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

/**
 * The collaborators besides owner and admin who see a contact in "own" visibility: its agent, the
 * agent's manager and the colleagues it is shared with, without repeats. History entries and tasks
 * copy the union of their contacts' viewers into `viewerUids` (functions keep it), which the rules test
 * with `uid in viewerUids` and the "own"-mode queries ask with `array-contains`.
 */
export function contactViewerUids(
  contact: Pick<Contact, 'assignedAgentUid' | 'sharedWithUids' | 'managerUid'>,
): string[] {
  return uniqueUids([contact.assignedAgentUid, contact.managerUid, ...contact.sharedWithUids]);
}

/** Non-empty uids in first-seen order, once each; null and '' are dropped. */
export function uniqueUids(uids: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(uids.filter((uid): uid is string => typeof uid === 'string' && uid !== ''))];
}
