import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { accountRoutes } from '../modules/account';
import { appointmentsRoutes } from '../modules/appointments';
import { authRoutes } from '../modules/auth';
import { catalogueRoutes } from '../modules/catalogue';
import { documentsRoutes } from '../modules/documents';
import { chatRoutes } from '../modules/chat';
import { homeRoutes } from '../modules/home';
import { listingsRoutes } from '../modules/listings';
import { offersRoutes } from '../modules/offers';
import { placesRoutes } from '../modules/places';
import { sellingRoutes } from '../modules/selling';
import { signingRoutes } from '../modules/signing';
import { PageLoader } from '../ui/page-loader';
import { ClientShell } from './client-shell.layout';
import { PublicLayout } from './public.layout';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Every page is its own chunk; only the layouts ship with the first screen. */
export function createAppRouter(): AppRouter {
  return createBrowserRouter([
    {
      element: <Outlet />,
      hydrateFallbackElement: <PageLoader fullHeight />,
      children: [
        { element: <PublicLayout />, children: authRoutes },
        {
          element: <ClientShell />,
          children: [
            ...homeRoutes,
            ...listingsRoutes,
            ...chatRoutes,
            ...offersRoutes,
            ...sellingRoutes,
            ...documentsRoutes,
            ...accountRoutes,
            ...placesRoutes,
          ],
        },
        { element: <ClientShell />, children: [...homeRoutes, ...appointmentsRoutes, ...accountRoutes] },
        // Signers have no account: the signing page frames itself.
        ...signingRoutes,
        // Open to visitors: the catalogue frames itself.
        ...catalogueRoutes,
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}

/**
 * Resolves once the router has the first page's code (its lazy route loaded). The app renders then, so
 * a phone paints the page itself in one go instead of a spinner first and the page after a second,
 * long render; until then index.html's own spinner shows.
 */
export function firstPageLoaded(router: AppRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
