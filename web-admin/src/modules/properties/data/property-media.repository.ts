import {
  checkFileType,
  deletePhotoContract,
  deletePropertyDocumentContract,
  FILE_SIGNATURE_BYTES,
  paths,
  propertyDocumentModel,
  propertyDocumentUploadSchema,
  propertyModel,
  reorderPhotosContract,
  setCoverPhotoContract,
  storageFileName,
  type Property,
  type PropertyDocument,
  type PropertyDocumentCategory,
} from '@estate/domain';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import {
  collection,
  doc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
} from 'firebase/firestore';
import { ref as fileRef, uploadBytes } from 'firebase/storage';
import { call } from '../../../lib/firebase/callables';
import { db } from '../../../lib/firebase/firebase-app';
import { storage, uploadWithProgress } from '../../../lib/firebase/storage';

const propertyConverter = converterOf(propertyModel);
const documentConverter = converterOf(propertyDocumentModel);

/** The property as it changes: photos appear once files-checkUpload has made their thumbnails. */
export function listenToProperty(
  tenantId: string,
  propertyId: string,
  onChange: (property: Property | null) => void,
  onError: (error: Error) => void,
): () => void {
  const ref = doc(db, paths.property(tenantId, propertyId)).withConverter(propertyConverter);
  return onSnapshot(ref, (snapshot) => onChange(readDoc(snapshot)), onError);
}

/** A new photo's id, made by the browser: the upload's path names it, and the trigger lists it under it. */
export function newPhotoId(tenantId: string, propertyId: string): string {
  return doc(collection(db, paths.properties(tenantId), propertyId, 'photos')).id;
}

/**
 * Uploads a resized photo where files-checkUpload finds it, naming its uploader as storage.rules
 * demand; `onProgress` gets the bytes sent so far. Resolves when the upload is complete (its
 * thumbnails follow a moment later).
 */
export function uploadPhoto(
  tenantId: string,
  propertyId: string,
  photoId: string,
  uid: string,
  blob: Blob,
  onProgress: (sent: number, total: number) => void,
): Promise<void> {
  return uploadWithProgress(
    paths.propertyPhotoOriginal(tenantId, propertyId, photoId),
    blob,
    { contentType: 'image/jpeg', customMetadata: { uploadedBy: uid } },
    onProgress,
  );
}

export const reorderPhotos = (propertyId: string, photoIds: string[]) =>
  call(reorderPhotosContract, { propertyId, photoIds });
export const setCoverPhoto = (propertyId: string, photoId: string) =>
  call(setCoverPhotoContract, { propertyId, photoId });
export const deletePhoto = (propertyId: string, photoId: string) => call(deletePhotoContract, { propertyId, photoId });

/** How many documents the tab lists: a property holds a handful, a few dozen at most. */
const DOCUMENTS_LIMIT = 100;

/** The property's documents, newest first. */
export async function fetchPropertyDocuments(tenantId: string, propertyId: string): Promise<PropertyDocument[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.propertyDocuments(tenantId, propertyId)).withConverter(documentConverter),
      orderBy('uploadedAt', 'desc'),
      limit(DOCUMENTS_LIMIT),
    ),
  );
  return readDocs(snapshot);
}

export class FileContentMismatch extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not the kind of file its name says`);
    this.name = 'FileContentMismatch';
  }
}

/**
 * Uploads the file first, then writes its record (through the rules): a failed upload leaves nothing
 * behind. Its first bytes are checked here as files-checkUpload checks them after the upload.
 */
export async function uploadPropertyDocument(
  tenantId: string,
  propertyId: string,
  uid: string,
  file: File,
  category: PropertyDocumentCategory,
): Promise<void> {
  const upload = propertyDocumentUploadSchema.parse({
    name: file.name.trim().slice(0, 200) || 'document',
    category,
    contentType: file.type,
    size: file.size,
  });
  const head = new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer());
  if (!checkFileType(upload.contentType, head).ok) throw new FileContentMismatch(upload.name);
  const ref = doc(collection(db, paths.propertyDocuments(tenantId, propertyId)));
  const storagePath = paths.propertyDocumentFile(tenantId, propertyId, ref.id, storageFileName(upload.name));
  await uploadBytes(fileRef(storage, storagePath), file, { contentType: upload.contentType });
  await setDoc(ref, { ...upload, id: ref.id, storagePath, uploadedBy: uid, uploadedAt: serverTimestamp() });
}

/** The record goes with a history remark (files-deletePropertyDocument), then the file. */
export function deletePropertyDocument(propertyId: string, documentId: string) {
  return call(deletePropertyDocumentContract, { propertyId, documentId });
}
