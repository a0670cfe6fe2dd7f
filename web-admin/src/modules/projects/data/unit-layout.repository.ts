import { paths, removeUnitLayoutContract, unitModel, type ContractInput, type Unit } from '@estate/domain';
import { converterOf, readDoc } from '@estate/web-shared/firestore';
import { fetchPrivateFile } from '@estate/web-shared/private-files';
import type { User } from 'firebase/auth';
import { collection, doc, onSnapshot } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { uploadWithProgress } from '../../../lib/firebase/storage';

const unitConverter = converterOf(unitModel);

/** The unit as it changes: a layout appears once files-checkUpload has rendered it. */
export function listenToUnit(
  tenantId: string,
  unitId: string,
  onChange: (unit: Unit | null) => void,
  onError: (error: Error) => void,
): () => void {
  const ref = doc(db, paths.unit(tenantId, unitId)).withConverter(unitConverter);
  return onSnapshot(ref, (snapshot) => onChange(readDoc(snapshot)), onError);
}

/** A new layout's id, made by the browser: the upload's path names it, and the check sets it under it. */
export function newLayoutId(tenantId: string, unitId: string): string {
  return doc(collection(db, paths.units(tenantId), unitId, 'layouts')).id;
}

/**
 * Uploads a layout image where files-checkUpload finds it, naming its uploader as storage.rules demand;
 * `onProgress` gets the bytes sent so far. Resolves when the upload is complete (the rendered image
 * follows a moment later).
 */
export function uploadLayout(
  tenantId: string,
  unitId: string,
  layoutId: string,
  uid: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  return uploadWithProgress(
    paths.unitLayoutOriginal(tenantId, unitId, layoutId),
    file,
    { contentType: file.type, customMetadata: { uploadedBy: uid } },
    onProgress,
  );
}

/** The rendered layout, asked of files-download with the user's ID token. */
export function fetchLayoutImage(user: User, unitId: string, layoutId: string): Promise<Blob> {
  return fetchPrivateFile(user, { kind: 'unit-layout', unitId, layoutId }, { inline: true });
}

export const removeUnitLayout = (input: ContractInput<typeof removeUnitLayoutContract>) =>
  call(removeUnitLayoutContract, input);
