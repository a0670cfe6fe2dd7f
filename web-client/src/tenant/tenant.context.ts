import type { TenantDomain } from '@estate/domain';
import { createContext, useContext } from 'react';

export interface TenantValue {
  tenantId: string;
  domain: TenantDomain;
  /** Set when the emulator's `?tenant=` override chose the tenant; links and callables carry it on. */
  overrideTenantId: string | null;
}

export const TenantContext = createContext<TenantValue | null>(null);

export function useTenant(): TenantValue {
  const value = useContext(TenantContext);
  if (!value) throw new Error('useTenant is used outside the TenantContext provider');
  return value;
}
