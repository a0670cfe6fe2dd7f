import {
  estimationModel,
  paths,
  propertyModel,
  type RenderAppraisalInput,
  type RenderAppraisalResult,
} from '@estate/domain';
import type { FileStore } from '../files/file-store';
import type { Caller } from '../lib/caller';
import { readModel } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readDocumentBrand } from '../mandates/mandate-store';
import { readPipelineCollaborator } from '../pipeline/pipeline-store';
import { estimationsLog } from './estimations.log';
import { runTransaction } from '../lib/transactions';

/**
 * Renders the estimation's appraisal in the tenant's branding and language and keeps it privately at
 * `paths.appraisalFile`, replacing the one rendered before: the app then opens it through
 * files-download (kind `appraisal`). Rendering again gives the same document for the same estimation.
 */
export async function renderAppraisal(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: RenderAppraisalInput,
): Promise<RenderAppraisalResult> {
  const { db } = deps;
  const read = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const tenantId = actor.tenantId;
    const [propertySnapshot, estimationSnapshot, document] = await Promise.all([
      tx.get(db.doc(paths.property(tenantId, input.propertyId))),
      tx.get(db.doc(paths.estimation(tenantId, input.propertyId, input.estimationId))),
      readDocumentBrand(db, tx, tenantId),
    ]);
    const property = readModel(propertyModel, propertySnapshot);
    if (!property) throw new Refusal('not-found', 'This property does not exist.', 'property-not-found');
    const estimation = readModel(estimationModel, estimationSnapshot);
    if (!estimation) throw new Refusal('not-found', 'This estimation does not exist any more.', 'estimation-not-found');
    return { tenantId, by: actor.uid, property, estimation, ...document };
  });
  const { renderAppraisalPdf } = await import('./appraisal-pdf');
  const bytes = await renderAppraisalPdf({
    brand: read.brand,
    currency: read.currency,
    property: read.property,
    estimation: read.estimation,
  });
  const storagePath = paths.appraisalFile(read.tenantId, input.propertyId, input.estimationId);
  await deps.files.write(storagePath, bytes, 'application/pdf');
  estimationsLog.appraisalRendered(read.tenantId, input.propertyId, input.estimationId, bytes.length, read.by);
  return { size: bytes.length };
}
