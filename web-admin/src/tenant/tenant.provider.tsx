import { DEFAULT_BRANDING } from '@estate/domain';
import { applyDocumentBranding } from '@estate/web-shared/document-branding';
import { loadTenant, resolveCurrentHost, type TenantLoad } from '@estate/web-shared/tenant';
import { tenantTheme } from '@estate/web-shared/theme';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { applyTenantLanguage } from '../i18n/i18n';
import { fetchDomain } from '../lib/firebase/domain.repository';
import { usesEmulators } from '../lib/firebase/firebase-core';
import { ADMIN_LOOK } from './admin-look';
import { TenantContext, type ResolvedTenant, type TenantContextValue, type TenantState } from './tenant.context';

type LiveTenant = Pick<ResolvedTenant, 'name' | 'branding' | 'locale' | 'capabilities'>;

function stateOf(load: TenantLoad): TenantState {
  if (load.kind === 'unknown') return { status: 'unknown', key: load.host };
  if (load.kind === 'failed')
    return { status: 'error', message: load.error instanceof Error ? load.error.message : String(load.error) };
  const { tenantId, name, branding, locale, capabilities } = load.domain;
  return { status: 'ready', tenant: { tenantId, name, branding, locale, capabilities } };
}

/** Resolves the tenant of the host once, then themes everything below it with the tenant's branding. */
export function TenantProvider({ children }: { children: ReactNode }) {
  const [resolution] = useState(() => resolveCurrentHost('admin', usesEmulators));
  const override = resolution.overrideTenantId;
  const [resolved, setResolved] = useState<TenantState>({ status: 'loading' });
  const [live, setLive] = useState<LiveTenant | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadTenant(resolution.key, { app: 'admin', fetchDomain, keepForOffline: false })
      .then(stateOf)
      // The first screen waits for the texts of its language, so it never shows in French first.
      .then(async (state) => {
        await applyTenantLanguage(state.status === 'ready' ? state.tenant.locale : null);
        if (!cancelled) setResolved(state);
      });
    return () => {
      cancelled = true;
    };
  }, [resolution]);

  const state = useMemo<TenantState>(() => {
    if (resolved.status !== 'ready' || !live) return resolved;
    return { status: 'ready', tenant: { ...resolved.tenant, ...live } };
  }, [resolved, live]);

  const tenant = state.status === 'ready' ? state.tenant : null;
  const branding = tenant?.branding ?? DEFAULT_BRANDING;
  const theme = useMemo(() => tenantTheme(branding, ADMIN_LOOK), [branding]);

  useEffect(() => {
    void applyTenantLanguage(tenant?.locale ?? null);
  }, [tenant?.locale]);

  useEffect(() => {
    if (tenant) applyDocumentBranding(tenant.name, tenant.branding, { tenantOverride: override, touchIcon: false });
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
