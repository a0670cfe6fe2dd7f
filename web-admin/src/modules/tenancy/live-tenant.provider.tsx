import type { Tenant } from '@estate/domain';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { listenOnDemand } from '../../lib/firebase/listen-on-demand';
import { useSession } from '../session';
import { useTenantContext } from '../../tenant/tenant.context';

const LiveTenantContext = createContext<Tenant | null | undefined>(undefined);

/** The tenant document, live: saving the settings re-themes and renames the whole app at once. */
export function LiveTenantProvider({ tenantId, children }: { tenantId: string; children: ReactNode }) {
  const { publishLive } = useTenantContext();
  const { recheckAccess } = useSession();
  const [tenant, setTenant] = useState<Tenant | null | undefined>(undefined);

  useEffect(
    () =>
      listenOnDemand(
        () =>
          import('./data/tenant.repository').then(({ watchTenant }) =>
            watchTenant(
              tenantId,
              (value) => {
                setTenant(value);
                publishLive(
                  value
                    ? {
                        name: value.name,
                        branding: value.branding,
                        locale: value.locale,
                        capabilities: value.capabilities,
                      }
                    : null,
                );
              },
              () => {
                // Refused: the tenant is the one document every session reads, so a refusal here most
                // likely means this session's access ended; the session looks at its member document.
                setTenant(null);
                recheckAccess();
              },
            ),
          ),
        () => setTenant(null),
      ),
    [tenantId, publishLive, recheckAccess],
  );

  return <LiveTenantContext.Provider value={tenant}>{children}</LiveTenantContext.Provider>;
}

/** undefined while loading, null when unreadable. */
export function useLiveTenant(): Tenant | null | undefined {
  return useContext(LiveTenantContext);
}
