import type { StaffRole } from '../team/roles';
import type { SignatureRequest } from './signature-request.schema';

/**
 * Who reads and manages (reminds, cancels) a signature request: owner, admin and managers, who
 * follow the agency's documents, and the collaborator who requested it. firestore.rules say the same
 * for reads (signatureRequests).
 */
export function canManageSignatureRequest(
  viewer: { uid: string; role: StaffRole },
  request: Pick<SignatureRequest, 'requestedBy'>,
): boolean {
  if (viewer.role === 'owner' || viewer.role === 'admin' || viewer.role === 'manager') return true;
  return viewer.role === 'agent' && request.requestedBy === viewer.uid;
}
