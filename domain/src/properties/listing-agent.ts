import type { ContactViewer } from '../contacts/contact-visibility';
import { isTeamManager } from '../team/roles';

/**
 * Who may give a listing to another agent: owner and admin, or the manager of the agent who holds it.
 * The listing's agent receives its portal leads (leads-receivePortalLead), so a collaborator who could
 * reassign it could steer them to themselves; the agent who holds it asks their manager.
 */
export function canReassignListing(
  viewer: ContactViewer,
  holder: { agentUid: string; agentManagerUid: string | null },
): boolean {
  return isTeamManager(viewer.role) || (viewer.role === 'manager' && holder.agentManagerUid === viewer.uid);
}
