import { type Interest, interestModel, paths } from '@estate/domain';
import { and, collection, getDocs, query } from 'firebase/firestore';
import { db } from '../../../lib/firebase/firebase-app';
import { interestsVisibilityConstraint, type InterestsViewer } from './interest-visibility';
import { converterOf, readDocs } from '@estate/web-shared/firestore';

const interestConverter = converterOf(interestModel);

/**
 * Every interest of the tenant the viewer may read, for the phase report computed in the browser: all
 * of them for owner and admin or while clients are shared, else those of the viewer's clients (and
 * team's, for a manager). An agency holds a few thousand, one read each per opening (docs/data-model.md).
 */
export async function fetchAllInterests(tenantId: string, viewer: InterestsViewer): Promise<Interest[]> {
  const base = collection(db, paths.interests(tenantId)).withConverter(interestConverter);
  const visible = await interestsVisibilityConstraint(tenantId, viewer);
  const snapshot = await getDocs(visible ? query(base, and(visible)) : base);
  return readDocs(snapshot);
}
