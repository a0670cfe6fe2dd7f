import type { Claims } from '@estate/domain';

export type ClientAccess = { kind: 'client'; contactId: string } | { kind: 'staff' } | { kind: 'denied' };

/** Only a client of this host's tenant enters; the tenant's own staff are sent to the admin app. */
export function evaluateClientAccess(claims: Claims | null, tenantId: string): ClientAccess {
  if (!claims || claims.tenantId !== tenantId) return { kind: 'denied' };
  if (claims.role === 'client')
    return claims.contactId ? { kind: 'client', contactId: claims.contactId } : { kind: 'denied' };
  return { kind: 'staff' };
}
