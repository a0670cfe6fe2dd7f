import { PROPERTY_PHOTO_MAX_EDGE } from '@estate/domain';

/** The photo as it is sent: resized, re-encoded as JPEG (which also drops its EXIF, GPS included). */
export interface ResizedPhoto {
  blob: Blob;
  width: number;
  height: number;
}

/** The size a photo is drawn at: at most `maxEdge` on its long side, never enlarged. */
export function fittedSize(width: number, height: number, maxEdge = PROPERTY_PHOTO_MAX_EDGE) {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Resizes a picture in the browser before upload (createImageBitmap applies its EXIF orientation),
 * so a 20 MB phone photo travels as a JPEG of a few hundred kilobytes. Throws when the browser cannot
 * read the file as an image.
 */
export async function resizePhoto(file: Blob, quality = 0.85): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const { width, height } = fittedSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!blob) throw new Error('the photo could not be encoded');
    return { blob, width, height };
  } finally {
    bitmap.close();
  }
}
