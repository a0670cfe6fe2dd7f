import { type Capability, hasCapability, isTeamManager, isTemplateEditor } from '@estate/domain';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet } from 'react-router';
import { AccessScreen, useActiveSession, useSession } from '../modules/session';
import { useTenant } from '../tenant/tenant.context';
import { LoadingScreen } from '../ui/loading-screen';
import { LiveTenantProvider } from '../modules/tenancy';

// The frame and the state screens load once the session says which one shows: the sign-in screen needs neither.
const AppShellLayout = lazy(() => import('./app-shell.layout').then((m) => ({ default: m.AppShellLayout })));

/** Everything behind sign-in: the shell for active collaborators, a state screen for everyone else. */
export function AppGate() {
  const { access } = useSession();
  const tenant = useTenant();
  if (access.kind === 'loading') return <LoadingScreen />;
  if (access.kind === 'signed-out') return <Navigate to="/signin" replace />;
  if (access.kind !== 'active') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <AccessScreen access={access} />
      </Suspense>
    );
  }
  return (
    <LiveTenantProvider tenantId={tenant.tenantId}>
      <Suspense fallback={<LoadingScreen />}>
        <AppShellLayout />
      </Suspense>
    </LiveTenantProvider>
  );
}

/** A capability's screens open only in tenants running it (Settings › Capabilities). */
export function CapabilityOnly({ capability }: { capability: Capability }) {
  const { capabilities } = useTenant();
  return hasCapability(capabilities, capability) ? <Outlet /> : <Navigate to="/clients" replace />;
}

/** Team and deletion requests belong to owner and admin; others are sent to the clients list. */
export function TeamManagerOnly() {
  const { claims } = useActiveSession();
  return isTeamManager(claims.role) ? <Outlet /> : <Navigate to="/clients" replace />;
}

/** Settings open to owner, admin and managers; the page shows a manager only the mail templates. */
export function TemplateEditorOnly() {
  const { claims } = useActiveSession();
  return isTemplateEditor(claims.role) ? <Outlet /> : <Navigate to="/clients" replace />;
}
