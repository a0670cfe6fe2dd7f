import { PHOTO_THUMBNAILS, type PhotoThumbnail } from '@estate/domain';

/** What sharp read of a photo and the thumbnails it made of it. */
export interface PhotoRendition {
  width: number;
  height: number;
  thumbnails: Record<PhotoThumbnail, Buffer>;
}

/**
 * The photo's size as shown (EXIF orientation applied) and its WebP thumbnails, each at most
 * `PHOTO_THUMBNAILS[size]` pixels on its long side, never enlarged. Throws when sharp cannot read the
 * bytes as an image.
 */
export async function renderPhoto(bytes: Buffer): Promise<PhotoRendition> {
  // Loaded on the first photo only: every other function (and every upload that is not a photo)
  // starts without sharp's native library.
  const { default: sharp } = await import('sharp');
  const metadata = await sharp(bytes).metadata();
  if (!metadata.width || !metadata.height) throw new Error('not an image sharp can read');
  const turned = (metadata.orientation ?? 1) >= 5;
  const render = (edge: number) =>
    sharp(bytes)
      .rotate()
      .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  const [small, large] = await Promise.all([render(PHOTO_THUMBNAILS.small), render(PHOTO_THUMBNAILS.large)]);
  return {
    width: turned ? metadata.height : metadata.width,
    height: turned ? metadata.width : metadata.height,
    thumbnails: { small, large },
  };
}
