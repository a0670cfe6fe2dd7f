import type { TasksViewer } from '../data/task.repository';
import { useActiveSession } from '../../session';

/** Who asks for tasks, so their queries carry the clause the rules demand in "own" visibility. */
export function useTasksViewer(): TasksViewer {
  const { user, claims } = useActiveSession();
  return { uid: user.uid, role: claims.role };
}
