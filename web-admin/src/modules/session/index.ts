import { lazy } from 'react';

/** The screen for a signed-in user who may not work (pending, deactivated, wrong tenant), downloaded when needed. */
export const AccessScreen = lazy(() => import('./components/access-screen').then((m) => ({ default: m.AccessScreen })));

export { useActiveSession, useSession } from './session.context';
export { SessionProvider } from './session.provider';
export { forgetSignOutReason, readSignOutReason } from './sign-out-reason';
