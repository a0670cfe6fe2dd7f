import { isCollaborator } from '@estate/domain';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

/** New-build inventory: projects, their buildings and the units' chessboard. */
export const projectsModule: AppModule = {
  routes: [
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/projects',
        () => import('./components/projects.page'),
        (m) => m.ProjectsPage,
      ),
    },
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/projects/:projectId',
        () => import('./components/project.page'),
        (m) => m.ProjectPage,
      ),
    },
    {
      gate: 'member',
      capability: 'developer',
      route: lazyRoute(
        '/projects/:projectId/buildings/:buildingId',
        () => import('./components/building.page'),
        (m) => m.BuildingPage,
      ),
    },
  ],
  navigation: [
    {
      to: '/projects',
      capability: 'developer',
      label: 'projects.nav',
      icon: IconBuildingSkyscraper,
      order: 27,
      visibleTo: isCollaborator,
    },
  ],
};
