import { DEFAULT_BRANDING } from '@estate/domain';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { applyTenantLanguage } from '../i18n/i18n';
import { fetchDomain } from '../lib/firebase/domain.repository';
import { usesEmulators } from '../lib/firebase/firebase-core';
import { createBrandTheme } from './branding-theme';
import { applyDocumentBranding } from './document-branding';
import { TenantContext, type ResolvedTenant, type TenantContextValue, type TenantState } from './tenant.context';
import { domainKey, readTenantOverride } from './tenant-host';

type LiveTenant = Pick<ResolvedTenant, 'name' | 'branding' | 'locale'>;

/** Resolves the tenant of the host once, then themes everything below it with the tenant's branding. */
export function TenantProvider({ children }: { children: ReactNode }) {
  const [override] = useState(() => readTenantOverride(usesEmulators));
  const [resolved, setResolved] = useState<TenantState>({ status: 'loading' });
  const [live, setLive] = useState<LiveTenant | null>(null);

  useEffect(() => {
    const key = domainKey(window.location.host, override);
    let cancelled = false;
    void fetchDomain(key)
      .then((domain): TenantState => {
        if (!domain || domain.app !== 'admin') return { status: 'unknown', key };
        return {
          status: 'ready',
          tenant: { tenantId: domain.tenantId, name: domain.name, branding: domain.branding, locale: domain.locale },
        };
      })
      .catch((error: unknown): TenantState => ({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }))
      // The first screen waits for the texts of its language, so it never shows in French first.
      .then(async (state) => {
        await applyTenantLanguage(state.status === 'ready' ? state.tenant.locale : null);
        if (!cancelled) setResolved(state);
      });
    return () => {
      cancelled = true;
    };
  }, [override]);

  const state = useMemo<TenantState>(() => {
    if (resolved.status !== 'ready' || !live) return resolved;
    return { status: 'ready', tenant: { ...resolved.tenant, ...live } };
  }, [resolved, live]);

  const tenant = state.status === 'ready' ? state.tenant : null;
  const branding = tenant?.branding ?? DEFAULT_BRANDING;
  const theme = useMemo(() => createBrandTheme(branding), [branding]);

  useEffect(() => {
    void applyTenantLanguage(tenant?.locale ?? null);
  }, [tenant?.locale]);

  useEffect(() => {
    if (tenant) applyDocumentBranding(tenant.name, tenant.branding, override);
  }, [tenant, override]);

  const value = useMemo<TenantContextValue>(() => ({ state, override, publishLive: setLive }), [state, override]);

  return (
    <TenantContext.Provider value={value}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-right" />
        {children}
      </MantineProvider>
    </TenantContext.Provider>
  );
}
