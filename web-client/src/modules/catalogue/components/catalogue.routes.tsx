import { lazy } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { CatalogueLayout } from './catalogue.layout';

// The pages are split here rather than in the app's router, so the entry chunk names one catalogue
// chunk instead of every page's and their dependencies (it stays the size it was).
const ProjectsPage = lazy(() => import('./projects.page').then((m) => ({ default: m.ProjectsPage })));
const ProjectPage = lazy(() => import('./project.page').then((m) => ({ default: m.ProjectPage })));
const UnitPage = lazy(() => import('./unit.page').then((m) => ({ default: m.UnitPage })));
const ReservationsPage = lazy(() => import('./reservations.page').then((m) => ({ default: m.ReservationsPage })));

const CATALOGUE_ROUTES = [
  {
    element: <CatalogueLayout />,
    children: [
      { index: true, element: <ProjectsPage /> },
      { path: 'projects/:projectId', element: <ProjectPage /> },
      { path: 'units/:unitId', element: <UnitPage /> },
      { path: 'reservations', element: <ReservationsPage /> },
      { path: '*', element: <Navigate to="/catalogue" replace /> },
    ],
  },
];

/** Everything under `/catalogue`. */
export function CatalogueRoutes() {
  return useRoutes(CATALOGUE_ROUTES);
}
