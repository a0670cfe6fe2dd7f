import { tenantTheme } from '@estate/web-shared/theme';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { SessionProvider } from '../modules/auth';
import { TenantContext, type TenantValue } from '../tenant/tenant.context';
import { CLIENT_LOOK } from '../tenant/client-look';

export function AppProviders({ tenant, children }: { tenant: TenantValue; children: ReactNode }) {
  const theme = useMemo(() => tenantTheme(tenant.domain.branding, CLIENT_LOOK), [tenant.domain.branding]);
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // Offline, reads answer from the Firestore cache and writes queue there (lib/firebase/client-store):
          // run them rather than pause them until the network is back.
          queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false, networkMode: 'offlineFirst' },
          mutations: { networkMode: 'offlineFirst' },
        },
      }),
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <TenantContext.Provider value={tenant}>
          <SessionProvider>{children}</SessionProvider>
        </TenantContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
