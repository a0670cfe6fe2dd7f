import type { Branding, Capability, Locale } from '@estate/domain';
import { createContext, useContext } from 'react';

export interface ResolvedTenant {
  tenantId: string;
  name: string;
  branding: Branding;
  locale: Locale;
  /** What the tenant runs: the navigation and Settings show only these capabilities' entries. */
  capabilities: readonly Capability[];
}

export type TenantState =
  | { status: 'loading' }
  | { status: 'unknown'; key: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; tenant: ResolvedTenant };

export interface TenantContextValue {
  state: TenantState;
  /** Emulator only: the `?tenant=` id this tab is pinned to, or null. */
  override: string | null;
  /** The app reads the tenant document once signed in; its settings replace the public mirror at once. */
  publishLive: (live: Pick<ResolvedTenant, 'name' | 'branding' | 'locale' | 'capabilities'> | null) => void;
}

export const TenantContext = createContext<TenantContextValue | null>(null);

export function useTenantContext(): TenantContextValue {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenantContext outside TenantProvider');
  return value;
}

/** The tenant of this host; only call below a screen that renders when the tenant is known. */
export function useTenant(): ResolvedTenant {
  const { state } = useTenantContext();
  if (state.status !== 'ready') throw new Error('useTenant before the tenant is resolved');
  return state.tenant;
}
