import {
  DEFAULT_PIPELINE_SETTINGS,
  interestSchema,
  paths,
  pipelineSettingsSchema,
  type Interest,
  type PipelineSettings,
} from '@estate/domain';
import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import { db } from './firebase-app';
import { schemaConverter, timestampsToDates } from './timestamp.converter';

const interestConverter = schemaConverter(interestSchema);

/**
 * Every interest of the tenant, for the phase report computed in the browser. Collaborators read them
 * all; an agency holds a few thousand, one read each per opening (see docs/data-model.md).
 */
export async function fetchAllInterests(tenantId: string): Promise<Interest[]> {
  const snapshot = await getDocs(collection(db, paths.interests(tenantId)).withConverter(interestConverter));
  return snapshot.docs.map((item) => item.data());
}

/** The tenant's phase names; the defaults when it renamed nothing or the document is unreadable. */
export async function fetchPipelineSettingsForReport(tenantId: string): Promise<PipelineSettings> {
  const snapshot = await getDoc(doc(db, paths.pipelineSettings(tenantId)));
  if (!snapshot.exists()) return DEFAULT_PIPELINE_SETTINGS;
  const parsed = pipelineSettingsSchema.safeParse(timestampsToDates(snapshot.data()));
  return parsed.success ? parsed.data : DEFAULT_PIPELINE_SETTINGS;
}
