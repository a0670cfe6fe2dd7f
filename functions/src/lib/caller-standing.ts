import { paths, staffTokenStands } from '@estate/domain';
import type { Caller } from './caller';
import { memberConverter } from './converters';
import type { Deps } from './deps';

/**
 * The caller as their member document knows them: a staff token whose member is no longer active, has
 * another role, or had its sessions revoked after the token's sign-in loses its claims, so every
 * handler treats it as a signed-in user without a role. Costs one read per call by staff; clients' and
 * claimless callers' tokens are passed as they are.
 */
export async function withStanding(deps: Deps, caller: Caller | null, authTime: unknown): Promise<Caller | null> {
  const claims = caller?.claims;
  if (!caller || !claims || claims.role === 'client') return caller;
  const snapshot = await deps.db.doc(paths.member(claims.tenantId, caller.uid)).withConverter(memberConverter).get();
  const authTimeSeconds = typeof authTime === 'number' ? authTime : null;
  return staffTokenStands(snapshot.data() ?? null, claims.role, authTimeSeconds) ? caller : { ...caller, claims: null };
}
