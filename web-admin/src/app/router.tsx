import { Navigate, createBrowserRouter } from 'react-router';
import { AppGate, TeamManagerOnly, TemplateEditorOnly } from './app-gate';
import { NotFoundPage } from './not-found.page';
import { LoadingScreen } from '../ui/loading-screen';
import { RootLayout } from './root.layout';

/** Every screen but the frame is loaded on demand, so the first screen downloads little. */
export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    HydrateFallback: LoadingScreen,
    children: [
      {
        path: '/signin',
        lazy: () => import('../modules/auth/components/sign-in.page').then((m) => ({ Component: m.SignInPage })),
      },
      {
        path: '/signup',
        lazy: () => import('../modules/auth/components/sign-up.page').then((m) => ({ Component: m.SignUpPage })),
      },
      {
        path: '/firstlogin',
        lazy: () =>
          import('../modules/auth/components/first-login.page').then((m) => ({ Component: m.FirstLoginPage })),
      },
      {
        path: '/reset',
        lazy: () => import('../modules/auth/components/reset.page').then((m) => ({ Component: m.ResetPage })),
      },
      {
        element: <AppGate />,
        children: [
          { index: true, element: <Navigate to="/clients" replace /> },
          {
            path: '/clients',
            lazy: () =>
              import('../modules/clients/components/clients.page').then((m) => ({ Component: m.ClientsPage })),
          },
          {
            path: '/clients/:contactId/:tab?',
            lazy: () =>
              import('../modules/client-file/components/client-file.page').then((m) => ({
                Component: m.ClientFilePage,
              })),
          },
          {
            path: '/properties',
            lazy: () =>
              import('../modules/properties/components/properties.page').then((m) => ({
                Component: m.PropertiesPage,
              })),
          },
          {
            path: '/properties/:propertyId/:tab?',
            lazy: () =>
              import('../modules/properties/components/property.page').then((m) => ({ Component: m.PropertyPage })),
          },
          {
            path: '/tasks',
            lazy: () => import('../modules/tasks/components/tasks.page').then((m) => ({ Component: m.TasksPage })),
          },
          {
            path: '/reports/phases',
            lazy: () =>
              import('../modules/reports/components/phase-report.page').then((m) => ({
                Component: m.PhaseReportPage,
              })),
          },
          { path: '/reports', element: <Navigate to="/reports/phases" replace /> },
          {
            path: '/account',
            lazy: () =>
              import('../modules/account/components/account.page').then((m) => ({ Component: m.AccountPage })),
          },
          {
            element: <TeamManagerOnly />,
            children: [
              {
                path: '/team',
                lazy: () => import('../modules/team/components/team.page').then((m) => ({ Component: m.TeamPage })),
              },
              {
                path: '/deletion-requests',
                lazy: () =>
                  import('../modules/deletions/components/deletion-requests.page').then((m) => ({
                    Component: m.DeletionRequestsPage,
                  })),
              },
            ],
          },
          {
            element: <TemplateEditorOnly />,
            children: [
              {
                path: '/settings/:tab?',
                lazy: () =>
                  import('../modules/settings/components/settings.page').then((m) => ({ Component: m.SettingsPage })),
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
