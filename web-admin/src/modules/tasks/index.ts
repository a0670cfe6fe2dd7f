import { isCollaborator } from '@estate/domain';
import { IconChecklist } from '@tabler/icons-react';
import { lazyRoute, type AppModule } from '../../lib/app-module';

export const tasksModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/tasks',
        () => import('./components/tasks.page'),
        (m) => m.TasksPage,
      ),
    },
  ],
  navigation: [{ to: '/tasks', label: 'nav.tasks', icon: IconChecklist, order: 30, visibleTo: isCollaborator }],
};

export { addDays, formatTime, fromDateInput, startOfDay, toDateInput } from './components/task-dates';
export { TaskFormModal } from './components/task-form.modal';
export { createRoom, updateRoom } from './data/task.repository';
export { useTasksViewer } from './hooks/use-tasks-viewer';
export { roomsOptions, taskKeys, tasksBetweenOptions } from './queries/tasks.queries';
