import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { AppGate, CapabilityOnly, TeamManagerOnly, TemplateEditorOnly } from './app-gate';
import { APP_MODULES } from './modules';
import { NotFoundPage } from './not-found.page';
import { LoadingScreen } from '../ui/loading-screen';
import type { ModuleRoute } from '../lib/app-module';
import { RootLayout } from './root.layout';

function routesBehind(gate: ModuleRoute['gate']): RouteObject[] {
  return APP_MODULES.flatMap((module) => module.routes ?? [])
    .filter((route) => route.gate === gate)
    .map(({ capability, route }) =>
      capability ? { element: <CapabilityOnly capability={capability} />, children: [route] } : route,
    );
}

/** Every screen but the frame is loaded on demand, so the first screen downloads little. */
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    HydrateFallback: LoadingScreen,
    children: [
      ...routesBehind('public'),
      {
        element: <AppGate />,
        children: [
          { index: true, element: <Navigate to="/clients" replace /> },
          ...routesBehind('member'),
          { element: <TeamManagerOnly />, children: routesBehind('team-manager') },
          {
            element: <TemplateEditorOnly />,
            children: [
              ...routesBehind('template-editor'),
              {
                path: '/settings/:tab?',
                lazy: () => import('./settings.page').then((m) => ({ Component: m.SettingsPage })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
