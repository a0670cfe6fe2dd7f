import { IconDoor } from '@tabler/icons-react';
import { lazy } from 'react';
import type { AppModule } from '../../lib/app-module';

export const roomsModule: AppModule = {
  settings: [
    {
      value: 'rooms',
      label: 'settings.tabs.rooms',
      icon: IconDoor,
      order: 40,
      gate: 'team-manager',
      Panel: lazy(() => import('./components/rooms-panel').then((m) => ({ default: m.RoomsPanel }))),
    },
  ],
};
