import { z } from 'zod';
import { docIdSchema } from '../shared/text';

/**
 * A property's photos. The browser resizes each image (at most `PROPERTY_PHOTO_MAX_EDGE` pixels on its
 * long side) and uploads it to `paths.propertyPhotoOriginal`; files-checkUpload checks its bytes, makes
 * the thumbnails with sharp and adds it to the property's `photos`, in order, the first being the cover.
 * Only functions write the list (upload check, reorder, cover, delete).
 */
export const PROPERTY_PHOTOS_MAX = 50;
/** The long side the browser resizes to before upload. */
export const PROPERTY_PHOTO_MAX_EDGE = 2560;
/** The largest original accepted (a resized 2560 px JPEG weighs far less); storage.rules say the same. */
export const PROPERTY_PHOTO_MAX_BYTES = 15 * 1024 * 1024;
/** What the browser sends after resizing; storage.rules accept the same list. */
export const PROPERTY_PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;
export type PropertyPhotoType = (typeof PROPERTY_PHOTO_TYPES)[number];

export function isPropertyPhotoType(contentType: string): contentType is PropertyPhotoType {
  return (PROPERTY_PHOTO_TYPES as readonly string[]).includes(contentType);
}

/** The thumbnails files-checkUpload makes of each photo: the long side in pixels, WebP. */
export const PHOTO_THUMBNAILS = { small: 400, large: 1200 } as const;
export type PhotoThumbnail = keyof typeof PHOTO_THUMBNAILS;
/** What `files-download` serves of a photo (`/files/property-photo/<propertyId>/<photoId>/<variant>`). */
export const PHOTO_VARIANTS = ['small', 'large', 'original'] as const;
export const photoVariantSchema = z.enum(PHOTO_VARIANTS);
export type PhotoVariant = z.infer<typeof photoVariantSchema>;

const pixels = z.number().int().min(1).max(100_000);

/** One photo of `properties/{id}.photos`: the storage paths of the original and its thumbnails. */
export const propertyPhotoSchema = z.object({
  id: docIdSchema,
  originalPath: z.string().min(1),
  contentType: z.enum(PROPERTY_PHOTO_TYPES),
  size: z.number().int().min(1),
  width: pixels,
  height: pixels,
  thumbnails: z.object({ small: z.string().min(1), large: z.string().min(1) }),
  uploadedBy: z.string(),
  uploadedAt: z.date(),
});
export type PropertyPhoto = z.infer<typeof propertyPhotoSchema>;

/** The storage path a photo's variant is kept at. */
export function photoVariantPath(photo: PropertyPhoto, variant: PhotoVariant): string {
  return variant === 'original' ? photo.originalPath : photo.thumbnails[variant];
}

const uniqueIds = z
  .array(docIdSchema)
  .max(PROPERTY_PHOTOS_MAX)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'the same photo twice' });

/** `properties-reorderPhotos`: every photo of the property, in the new order (the first is the cover). */
export const reorderPhotosInputSchema = z.object({ propertyId: docIdSchema, photoIds: uniqueIds });
export type ReorderPhotosInput = z.infer<typeof reorderPhotosInputSchema>;

/** `properties-setCoverPhoto` and `properties-deletePhoto`: one photo of one property. */
export const propertyPhotoRefSchema = z.object({ propertyId: docIdSchema, photoId: docIdSchema });
export type PropertyPhotoRef = z.infer<typeof propertyPhotoRefSchema>;

/** `unchanged`: the photos were already so (a retry, or the same order sent again); nothing was written. */
export const photosChangeResultSchema = z.object({
  status: z.enum(['changed', 'unchanged']),
  photoIds: z.array(z.string()),
});
export type PhotosChangeResult = z.infer<typeof photosChangeResultSchema>;

export const deletePhotoResultSchema = z.object({ status: z.enum(['deleted', 'already-deleted']) });
export type DeletePhotoResult = z.infer<typeof deletePhotoResultSchema>;

/**
 * The photos in the order given, or null when `photoIds` is not exactly the property's photos (one was
 * added or deleted meanwhile: the caller reloads and tries again).
 */
export function reorderPhotos(photos: readonly PropertyPhoto[], photoIds: readonly string[]): PropertyPhoto[] | null {
  if (photoIds.length !== photos.length) return null;
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const ordered = photoIds.map((id) => byId.get(id));
  if (ordered.some((photo) => photo === undefined) || new Set(photoIds).size !== photoIds.length) return null;
  return ordered as PropertyPhoto[];
}

/** The photos with `photoId` first (the cover), the others in their order; null when it is not there. */
export function withCover(photos: readonly PropertyPhoto[], photoId: string): PropertyPhoto[] | null {
  const cover = photos.find((photo) => photo.id === photoId);
  if (!cover) return null;
  return [cover, ...photos.filter((photo) => photo.id !== photoId)];
}

/** The photos with this one added last, unless it is already there (a replayed upload). */
export function withPhotoAdded(photos: readonly PropertyPhoto[], photo: PropertyPhoto): PropertyPhoto[] {
  return photos.some((known) => known.id === photo.id) ? [...photos] : [...photos, photo];
}

/** The property's cover, the first photo, or null. */
export function coverPhoto(photos: readonly PropertyPhoto[]): PropertyPhoto | null {
  return photos[0] ?? null;
}

/** Whether two lists hold the same photos in the same order. */
export function samePhotoOrder(a: readonly PropertyPhoto[], b: readonly PropertyPhoto[]): boolean {
  return a.length === b.length && a.every((photo, index) => photo.id === b[index]?.id);
}
