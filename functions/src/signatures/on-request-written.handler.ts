import { allSigned, signersToInvite, type SignatureRequest } from '@estate/domain';
import { builtInProvider } from './built-in-provider';
import type { ProviderDeps } from './signature-provider';

/**
 * `signatures-onRequestWritten`: after every write of a pending request, the provider invites whoever's
 * turn has come (the first rank, or everyone in parallel, when the owner creates it; the next rank once
 * one signed) and seals the request once every signer signed. Each step reads the request again in its
 * own transaction, so a replayed or concurrent event invites nobody twice and seals once.
 */
export async function onRequestWritten(
  deps: ProviderDeps,
  tenantId: string,
  requestId: string,
  after: SignatureRequest | null,
): Promise<void> {
  if (!after || after.status !== 'pending') return;
  if (signersToInvite(after, deps.now()).length > 0) await builtInProvider.invite(deps, tenantId, requestId);
  if (allSigned(after)) await builtInProvider.seal(deps, tenantId, requestId);
}
