import {
  clientListingId,
  isCollaborator,
  isPropertyPhotoType,
  paths,
  photoVariantPath,
  photoVariantSchema,
  PROPERTY_PHOTO_MAX_BYTES,
  PROPERTY_PHOTO_TYPES,
  PROPERTY_PHOTOS_MAX,
  withPhotoAdded,
  type PropertyPhoto,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { AcceptedUpload, PrivateFileAccess } from '../files/file-access';
import type { FileStore } from '../files/file-store';
import type { FileViewer } from '../files/file-viewer';
import { clientListingConverter } from '../listings/listing-store';
import { memberConverter, toStored } from '../lib/converters';
import { propertyConverter } from '../pipeline/pipeline-store';
import { renderPhoto } from './photo-thumbnails';
import { propertiesLog } from './properties.log';
import { runTransaction } from '../lib/transactions';

/** `tenants/{t}/properties/{p}/photos/{photoId}/(original|small.webp|large.webp)`, as paths builds them. */
const PHOTO_PATH =
  /^tenants\/([A-Za-z0-9_-]+)\/properties\/([A-Za-z0-9_-]+)\/photos\/([A-Za-z0-9_-]{1,64})\/(original|small\.webp|large\.webp)$/;

/** A thumbnail weighs far less; anything bigger at that path was not made by the check. */
const THUMBNAIL_MAX_BYTES = 5 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/png': 'png' };

/** Every file of one photo: what goes when the photo is refused or deleted. */
export function photoFiles(tenantId: string, propertyId: string, photoId: string): string[] {
  return [
    paths.propertyPhotoOriginal(tenantId, propertyId, photoId),
    paths.propertyPhotoThumbnail(tenantId, propertyId, photoId, 'small'),
    paths.propertyPhotoThumbnail(tenantId, propertyId, photoId, 'large'),
  ];
}

async function removeAll(files: FileStore, storagePaths: readonly string[]) {
  await Promise.all(storagePaths.map((path) => files.remove(path)));
}

/**
 * An accepted original: its thumbnails are made and it joins the end of its property's photos, in a
 * transaction that adds it only if it is not there yet. A replayed event finds it listed and makes
 * nothing again. The uploader (custom metadata `uploadedBy`, which storage.rules hold to the caller)
 * must be an active collaborator; a photo of a property deleted meanwhile, one over the limit, or bytes
 * sharp cannot read are refused and their files deleted.
 */
async function acceptPhoto(
  deps: { db: Firestore; files: FileStore },
  object: AcceptedUpload,
  ids: { tenantId: string; propertyId: string; photoId: string },
): Promise<'done' | 'rejected'> {
  const { db, files } = deps;
  const { tenantId, propertyId, photoId } = ids;
  const ref = db.doc(paths.property(tenantId, propertyId)).withConverter(propertyConverter);
  const refuse = async (why: string) => {
    await removeAll(files, photoFiles(tenantId, propertyId, photoId).slice(1));
    propertiesLog.photoRefused(tenantId, propertyId, photoId, why);
    return 'rejected' as const;
  };
  const before = (await ref.get()).data();
  if (!before) return refuse('property-not-found');
  if (before.photos.some((photo) => photo.id === photoId)) return 'done';
  if (before.photos.length >= PROPERTY_PHOTOS_MAX) return refuse('too-many-photos');
  const uploadedBy = object.metadata.uploadedBy ?? '';
  const member = uploadedBy
    ? (await db.doc(paths.member(tenantId, uploadedBy)).withConverter(memberConverter).get()).data()
    : undefined;
  if (!member || member.status !== 'active' || !member.role || !isCollaborator(member.role)) {
    return refuse('uploader-not-collaborator');
  }
  if (!isPropertyPhotoType(object.contentType)) return refuse('type-not-allowed');
  const bytes = await files.read(object.name);
  if (!bytes) return 'done';
  let rendition;
  try {
    rendition = await renderPhoto(bytes);
  } catch {
    return refuse('unreadable-image');
  }
  const thumbnails = {
    small: paths.propertyPhotoThumbnail(tenantId, propertyId, photoId, 'small'),
    large: paths.propertyPhotoThumbnail(tenantId, propertyId, photoId, 'large'),
  };
  await Promise.all([
    files.write(thumbnails.small, rendition.thumbnails.small, 'image/webp'),
    files.write(thumbnails.large, rendition.thumbnails.large, 'image/webp'),
  ]);
  const photo: PropertyPhoto = {
    id: photoId,
    originalPath: object.name,
    contentType: object.contentType,
    size: object.size,
    width: rendition.width,
    height: rendition.height,
    thumbnails,
    uploadedBy,
    uploadedAt: new Date(),
  };
  const outcome = await runTransaction(db, async (tx) => {
    const property = (await tx.get(ref)).data();
    if (!property) return 'property-not-found';
    if (property.photos.some((known) => known.id === photoId)) return 'already-added';
    if (property.photos.length >= PROPERTY_PHOTOS_MAX) return 'too-many-photos';
    tx.update(ref, toStored({ photos: withPhotoAdded(property.photos, photo) }));
    return 'added';
  });
  if (outcome === 'added') propertiesLog.photoAdded(tenantId, propertyId, photoId);
  if (outcome === 'property-not-found' || outcome === 'too-many-photos') return refuse(outcome);
  return 'done';
}

/**
 * Whether the viewer may see the property's photos: a collaborator of the agency (as firestore.rules
 * let them read the property), or a client to whom the property is published now
 * (`clientListings/{contactId}_{propertyId}`, status published: a draft or an unpublished listing
 * shows nothing).
 */
async function seesPhotos(db: Firestore, viewer: FileViewer, propertyId: string): Promise<boolean> {
  if (viewer.kind === 'staff') return isCollaborator(viewer.role);
  const listing = (
    await db
      .doc(paths.clientListing(viewer.tenantId, clientListingId(viewer.contactId, propertyId)))
      .withConverter(clientListingConverter)
      .get()
  ).data();
  return listing?.status === 'published';
}

/**
 * Photos are read through files-download by whoever sees them (seesPhotos). A photo no longer on its
 * property is answered as missing.
 */
export const propertyPhotoFileAccess: PrivateFileAccess<'property-photo'> = {
  kind: 'property-photo',

  async decide(db, viewer, ref) {
    if (!(await seesPhotos(db, viewer, ref.propertyId))) return { status: 'not-allowed' };
    const variant = photoVariantSchema.safeParse(ref.variant);
    if (!variant.success) return { status: 'not-found' };
    const property = (
      await db.doc(paths.property(viewer.tenantId, ref.propertyId)).withConverter(propertyConverter).get()
    ).data();
    const photo = property?.photos.find((item) => item.id === ref.photoId);
    if (!property || !photo) return { status: 'not-found' };
    const storagePath = photoVariantPath(photo, variant.data);
    if (!storagePath.startsWith(paths.propertyFilesPrefix(viewer.tenantId, ref.propertyId))) {
      return { status: 'not-found' };
    }
    const contentType = variant.data === 'original' ? photo.contentType : 'image/webp';
    return {
      status: 'granted',
      file: {
        storagePath,
        fileName: `${property.reference}-${photo.id}-${variant.data}.${EXTENSIONS[contentType] ?? 'jpg'}`,
        contentType,
      },
    };
  },

  uploaded(storagePath) {
    const match = PHOTO_PATH.exec(storagePath);
    if (!match) return null;
    const [, tenantId = '', propertyId = '', photoId = '', file = ''] = match;
    const ids = { tenantId, propertyId, photoId };
    const base = {
      recordPath: paths.property(tenantId, propertyId),
      // The property names its photos only once the check has added them: nothing to compare before.
      readRecord: () => Promise.resolve(null),
    };
    if (file !== 'original') return { ...base, maxBytes: THUMBNAIL_MAX_BYTES, contentTypes: ['image/webp'] };
    return {
      ...base,
      maxBytes: PROPERTY_PHOTO_MAX_BYTES,
      contentTypes: PROPERTY_PHOTO_TYPES,
      accepted: (deps, object) => acceptPhoto(deps, object, ids),
    };
  },
};
