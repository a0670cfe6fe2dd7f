import {
  DEFAULT_PIPELINE_SETTINGS,
  type Interest,
  interestModel,
  linkContactContract,
  type LinkContactInput,
  movePhaseContract,
  type MovePhaseInput,
  paths,
  type PipelineSettings,
  pipelineSettingsModel,
  savePipelineSettingsContract,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import { and, collection, doc, getDoc, getDocs, query, where, type QueryFilterConstraint } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { interestsVisibilityConstraint, type InterestsViewer } from './interest-visibility';

const interestConverter = converterOf(interestModel);
const settingsConverter = converterOf(pipelineSettingsModel);

/**
 * The contacts interested in a property with their phases (written by the pipeline-* functions); in
 * "own" visibility only those of the clients the viewer sees (interestsVisibilityConstraint).
 */
export async function fetchPropertyInterests(
  tenantId: string,
  propertyId: string,
  viewer: InterestsViewer,
): Promise<Interest[]> {
  return fetchInterests(tenantId, where('propertyId', '==', propertyId), viewer);
}

/** The properties a contact is linked to, for the history form (the same visibility clause). */
export async function fetchContactInterests(
  tenantId: string,
  contactId: string,
  viewer: InterestsViewer,
): Promise<Interest[]> {
  return fetchInterests(tenantId, where('contactId', '==', contactId), viewer);
}

async function fetchInterests(
  tenantId: string,
  filter: QueryFilterConstraint,
  viewer: InterestsViewer,
): Promise<Interest[]> {
  const visible = await interestsVisibilityConstraint(tenantId, viewer);
  const snapshot = await getDocs(
    query(
      collection(db, paths.interests(tenantId)).withConverter(interestConverter),
      visible ? and(filter, visible) : and(filter),
    ),
  );
  return readDocs(snapshot);
}

/** The tenant's phase names (renames), or the defaults while none were saved or when unreadable. */
export async function fetchPipelineSettings(tenantId: string): Promise<PipelineSettings> {
  const snapshot = await getDoc(doc(db, paths.pipelineSettings(tenantId)).withConverter(settingsConverter));
  return readDoc(snapshot) ?? DEFAULT_PIPELINE_SETTINGS;
}

/** Owner and admin (Settings › Phases); the function checks every element of the lists. */
export const savePipelineSettings = (settings: PipelineSettings) => call(savePipelineSettingsContract, { settings });

export const linkContact = (input: LinkContactInput) => call(linkContactContract, input);

export const movePhase = (input: MovePhaseInput) => call(movePhaseContract, input);
