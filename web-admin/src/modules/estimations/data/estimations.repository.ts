import {
  deleteEstimationContract,
  estimationModel,
  paths,
  renderAppraisalContract,
  saveEstimationContract,
  type Estimation,
  type SaveEstimationRequest,
} from '@estate/domain';
import { converterOf, readDocs } from '@estate/web-shared/firestore';
import { collection, getDocs, limit, orderBy, query } from 'firebase/firestore';
import type { User } from 'firebase/auth';
import { call } from '../../../lib/firebase/callables';
import { fetchPrivateFile } from '@estate/web-shared/private-files';
import { db } from '../../../lib/firebase/firebase-app';

const estimationConverter = converterOf(estimationModel);

/** A property is estimated a handful of times in its life: the latest twenty are what anyone reads. */
const ESTIMATIONS_LIMIT = 20;

/** The property's estimations, newest first. */
export async function fetchEstimations(tenantId: string, propertyId: string): Promise<Estimation[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.estimations(tenantId, propertyId)).withConverter(estimationConverter),
      orderBy('createdAt', 'desc'),
      limit(ESTIMATIONS_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

export function saveEstimation(input: SaveEstimationRequest) {
  return call(saveEstimationContract, input);
}

export function deleteEstimation(propertyId: string, estimationId: string) {
  return call(deleteEstimationContract, { propertyId, estimationId });
}

/** A form opening's request id: a create sent twice writes one estimation. */
export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}

/** Renders the estimation's appraisal (estimations-renderAppraisal), then fetches it through files-download. */
export async function appraisalPdf(user: User, propertyId: string, estimationId: string): Promise<Blob> {
  await call(renderAppraisalContract, { propertyId, estimationId });
  return fetchPrivateFile(user, { kind: 'appraisal', propertyId, estimationId }, { inline: true });
}
