// Photos for a few demo properties, drawn at seed time with sharp (so they are ours: no image is
// shipped), with thumbnails made by the same code as files-checkUpload.
import { paths, propertySchema, type Property, type PropertyPhoto } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import sharp from 'sharp';
import { toStored } from '../../functions/src/lib/converters';
import { renderPhoto } from '../../functions/src/properties/photo-thumbnails';
import { adminAuth } from '../../tests/support/admin';
import { projectId } from '../../tests/support/emulator-env';

/** How many properties get photos, and how many each. */
const PROPERTIES_WITH_PHOTOS = 3;
const PHOTOS_EACH = 2;
/**
 * Each file written fires files-checkUpload, and the emulator starts a process per event it cannot hand
 * to an idle one: files are written apart, so a handful of processes serve them all.
 */
const PAUSE_MS = 500;
const SKIES = ['#74c0fc', '#ffd8a8', '#b2f2bb', '#d0bfff'];
const WALLS = ['#fff4e6', '#f8f0fc', '#e7f5ff', '#fff9db', '#f1f3f5', '#ffe8cc'];
const ROOFS = ['#c92a2a', '#5c940d', '#1864ab', '#862e9c'];

/** A simple drawing of a house: sky, sun, hill, walls, roof, door and windows, varied by `seed`. */
function drawing(seed: number, width = 1600, height = 1067): string {
  const sky = SKIES[seed % SKIES.length];
  const wall = WALLS[seed % WALLS.length];
  const roof = ROOFS[(seed >> 1) % ROOFS.length];
  const x = 420 + (seed % 3) * 120;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#s)"/>
  <circle cx="${1300 - (seed % 4) * 90}" cy="200" r="90" fill="#fcc419"/>
  <ellipse cx="800" cy="1060" rx="1100" ry="330" fill="#69db7c"/>
  <rect x="${x}" y="470" width="640" height="420" fill="${wall}" stroke="#495057" stroke-width="6"/>
  <polygon points="${x - 50},480 ${x + 320},230 ${x + 690},480" fill="${roof}"/>
  <rect x="${x + 270}" y="690" width="110" height="200" fill="#845ef7"/>
  <rect x="${x + 70}" y="560" width="130" height="110" fill="#a5d8ff" stroke="#495057" stroke-width="5"/>
  <rect x="${x + 440}" y="560" width="130" height="110" fill="#a5d8ff" stroke="#495057" stroke-width="5"/>
</svg>`;
}

/**
 * The first properties get photos: files under `paths.propertyPhotoOriginal` and its thumbnails, and the
 * `photos` list on the property. The list is written first, so files-checkUpload, running for each file
 * written, finds the photo already there and leaves it.
 */
export async function seedDemoPropertyMedia(db: Firestore, tenantId: string, properties: Property[]): Promise<void> {
  const bucket = getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
  for (const [index, property] of properties.slice(0, PROPERTIES_WITH_PHOTOS).entries()) {
    const photos: Array<{ photo: PropertyPhoto; original: Buffer; thumbnails: Record<'small' | 'large', Buffer> }> = [];
    for (let n = 0; n < PHOTOS_EACH; n += 1) {
      const photoId = `demo-${index}-${n}`;
      const original = await sharp(Buffer.from(drawing(index * PHOTOS_EACH + n)))
        .jpeg({ quality: 82 })
        .toBuffer();
      const rendition = await renderPhoto(original);
      photos.push({
        original,
        thumbnails: rendition.thumbnails,
        photo: {
          id: photoId,
          originalPath: paths.propertyPhotoOriginal(tenantId, property.id, photoId),
          contentType: 'image/jpeg',
          size: original.length,
          width: rendition.width,
          height: rendition.height,
          thumbnails: {
            small: paths.propertyPhotoThumbnail(tenantId, property.id, photoId, 'small'),
            large: paths.propertyPhotoThumbnail(tenantId, property.id, photoId, 'large'),
          },
          uploadedBy: property.assignedAgentUid,
          uploadedAt: property.createdAt,
        },
      });
    }
    const list = photos.map((item) => item.photo);
    propertySchema.shape.photos.parse(list);
    await db.doc(paths.property(tenantId, property.id)).update(toStored({ photos: list }));
    for (const { photo, original, thumbnails } of photos) {
      const files: Array<[string, Buffer, string]> = [
        [photo.originalPath, original, 'image/jpeg'],
        [photo.thumbnails.small, thumbnails.small, 'image/webp'],
        [photo.thumbnails.large, thumbnails.large, 'image/webp'],
      ];
      for (const [path, bytes, contentType] of files) {
        await bucket.file(path).save(bytes, { contentType, resumable: false });
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    }
  }
}
