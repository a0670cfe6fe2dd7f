import { isTeamManager } from '@estate/domain';
import { IconUsersGroup } from '@tabler/icons-react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const teamModule: AppModule = {
  routes: [
    {
      gate: 'team-manager',
      route: lazyRoute(
        '/team',
        () => import('./components/team.page'),
        (m) => m.TeamPage,
      ),
    },
  ],
  navigation: [{ to: '/team', label: 'nav.team', icon: IconUsersGroup, order: 50, visibleTo: isTeamManager }],
};

export { fetchMembers } from './data/member.repository';
export { teamMembersOptions } from './queries/team.queries';
