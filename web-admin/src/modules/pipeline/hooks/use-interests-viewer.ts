import type { InterestsViewer } from '../data/interest-visibility';
import { useActiveSession } from '../../session';

/** Who asks for interests, so their queries carry the clause the rules demand in "own" visibility. */
export function useInterestsViewer(): InterestsViewer {
  const { user, claims } = useActiveSession();
  return { uid: user.uid, role: claims.role };
}
