import { useTenantContext, type ResolvedTenant } from './tenant.context';

export function useOptionalTenant(): ResolvedTenant | null {
  const { state } = useTenantContext();
  return state.status === 'ready' ? state.tenant : null;
}
