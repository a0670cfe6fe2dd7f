import type { TasksViewer } from '../../../lib/firebase/task.repository';
import { useActiveSession } from '../../session/session.context';

/** Who asks for tasks, so their queries carry the clause the rules demand in "own" visibility. */
export function useTasksViewer(): TasksViewer {
  const { user, claims } = useActiveSession();
  return { uid: user.uid, role: claims.role };
}
