import {
  DEFAULT_PIPELINE_SETTINGS,
  interestSchema,
  paths,
  pipelineSettingsSchema,
  type Interest,
  type PipelineSettings,
} from '@estate/domain';
import { and, collection, doc, getDoc, getDocs, query } from 'firebase/firestore';
import { db } from './firebase-app';
import { interestsVisibilityConstraint, type InterestsViewer } from './interest-visibility';
import { schemaConverter, timestampsToDates } from './timestamp.converter';

const interestConverter = schemaConverter(interestSchema);

/**
 * Every interest of the tenant the viewer may read, for the phase report computed in the browser: all
 * of them for owner and admin or while clients are shared, else those of the viewer's clients (and
 * team's, for a manager). An agency holds a few thousand, one read each per opening (docs/data-model.md).
 */
export async function fetchAllInterests(tenantId: string, viewer: InterestsViewer): Promise<Interest[]> {
  const base = collection(db, paths.interests(tenantId)).withConverter(interestConverter);
  const visible = await interestsVisibilityConstraint(tenantId, viewer);
  const snapshot = await getDocs(visible ? query(base, and(visible)) : base);
  return snapshot.docs.map((item) => item.data());
}

/** The tenant's phase names; the defaults when it renamed nothing or the document is unreadable. */
export async function fetchPipelineSettingsForReport(tenantId: string): Promise<PipelineSettings> {
  const snapshot = await getDoc(doc(db, paths.pipelineSettings(tenantId)));
  if (!snapshot.exists()) return DEFAULT_PIPELINE_SETTINGS;
  const parsed = pipelineSettingsSchema.safeParse(timestampsToDates(snapshot.data()));
  return parsed.success ? parsed.data : DEFAULT_PIPELINE_SETTINGS;
}
