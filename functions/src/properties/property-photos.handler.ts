import {
  paths,
  reorderPhotos,
  samePhotoOrder,
  withCover,
  type DeletePhotoResult,
  type PhotosChangeResult,
  type PropertyPhoto,
  type PropertyPhotoRef,
  type ReorderPhotosInput,
} from '@estate/domain';
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { FileStore } from '../files/file-store';
import type { Caller } from '../lib/caller';
import { toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { Refusal } from '../lib/refusal';
import { readPipelineCollaborator, readProperty } from '../pipeline/pipeline-store';
import { photoFiles } from './property-photo.file-access';
import { propertiesLog } from './properties.log';
import { runTransaction } from '../lib/transactions';

/**
 * Rewrites a property's photo list in a transaction: `change` gets the current list and gives the new
 * one, or null to refuse. The same list again writes nothing (`unchanged`), so a retry is harmless.
 * Every collaborator edits properties (properties-saveProperty), so every collaborator arranges photos.
 */
async function changePhotos(
  db: Firestore,
  caller: Caller,
  propertyId: string,
  label: string,
  change: (photos: PropertyPhoto[]) => PropertyPhoto[],
): Promise<PhotosChangeResult> {
  const result = await runTransaction(db, async (tx: Transaction) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const property = await readProperty(db, tx, actor.tenantId, propertyId);
    const photos = change(property.photos);
    const ids = photos.map((photo) => photo.id);
    if (samePhotoOrder(photos, property.photos)) return { status: 'unchanged' as const, photoIds: ids, actor };
    tx.update(db.doc(paths.property(actor.tenantId, propertyId)), toStored({ photos }));
    return { status: 'changed' as const, photoIds: ids, actor };
  });
  if (result.status === 'changed') {
    propertiesLog.photosChanged(result.actor.tenantId, propertyId, label, result.actor.uid);
  }
  return { status: result.status, photoIds: result.photoIds };
}

/** `properties-reorderPhotos`: the order must name exactly the property's photos (`photos-changed` otherwise). */
export function reorderPropertyPhotos(deps: Deps, caller: Caller, input: ReorderPhotosInput) {
  return changePhotos(deps.db, caller, input.propertyId, 'reorder', (photos) => {
    const ordered = reorderPhotos(photos, input.photoIds);
    if (!ordered) {
      throw new Refusal(
        'failed-precondition',
        'The photos changed meanwhile (one was added or deleted); reload and try again.',
        'photos-changed',
      );
    }
    return ordered;
  });
}

/** `properties-setCoverPhoto`: the photo moves first, the others keep their order. */
export function setCoverPhoto(deps: Deps, caller: Caller, input: PropertyPhotoRef) {
  return changePhotos(deps.db, caller, input.propertyId, 'cover', (photos) => {
    const ordered = withCover(photos, input.photoId);
    if (!ordered) throw new Refusal('not-found', 'This photo is no longer on the property.', 'photo-not-found');
    return ordered;
  });
}

/**
 * `properties-deletePhoto`: the photo leaves the list in a transaction, then its files go. A retry (or
 * a second click) finds it gone and answers `already-deleted`, deleting its files again if a failure
 * left any.
 */
export async function deletePropertyPhoto(
  deps: Deps & { files: FileStore },
  caller: Caller,
  input: PropertyPhotoRef,
): Promise<DeletePhotoResult> {
  const { db } = deps;
  const outcome = await runTransaction(db, async (tx) => {
    const actor = await readPipelineCollaborator(db, tx, caller);
    const property = await readProperty(db, tx, actor.tenantId, input.propertyId);
    const remaining = property.photos.filter((photo) => photo.id !== input.photoId);
    if (remaining.length === property.photos.length) return { deleted: false, actor };
    tx.update(db.doc(paths.property(actor.tenantId, input.propertyId)), toStored({ photos: remaining }));
    return { deleted: true, actor };
  });
  const { tenantId, uid } = outcome.actor;
  await Promise.all(photoFiles(tenantId, input.propertyId, input.photoId).map((path) => deps.files.remove(path)));
  if (!outcome.deleted) return { status: 'already-deleted' };
  propertiesLog.photosChanged(tenantId, input.propertyId, 'delete', uid);
  return { status: 'deleted' };
}
