// Layouts for the demo programme's flats, drawn at seed time with sharp (no image is shipped) and
// rendered by the same code as files-checkUpload.
import { paths, unitLayoutSchema, type Unit, type UnitLayout } from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import { getStorage } from 'firebase-admin/storage';
import sharp from 'sharp';
import { toStored } from '../../functions/src/lib/converters';
import { renderPhoto } from '../../functions/src/properties/photo-thumbnails';
import { adminAuth } from '../../tests/support/admin';
import { projectId } from '../../tests/support/emulator-env';

/** The floors whose flats get a layout: enough for the chessboard and the catalogue to show some. */
const FLOORS_WITH_LAYOUTS = [2, 3];
/** Files are written apart, so a handful of files-checkUpload processes serve them all (demo-property-media). */
const PAUSE_MS = 300;

const ROOM_NAMES = ['Chambre', 'Chambre 2', 'Chambre 3', 'Chambre 4'];

/** A floor plan: the flat's outline, a living room with its kitchen, the bedrooms, a bathroom and the entrance. */
function plan(unit: Pick<Unit, 'number' | 'rooms' | 'area'>): string {
  const width = 1200;
  const height = 800;
  const wall = 'stroke="#343a40" stroke-width="10" fill="none"';
  const thin = 'stroke="#495057" stroke-width="5"';
  const text = (x: number, y: number, label: string, size = 34) =>
    `<text x="${x}" y="${y}" font-family="Arial, sans-serif" font-size="${size}" fill="#343a40" text-anchor="middle">${label}</text>`;
  const bedrooms = Math.max(0, unit.rooms - 1);
  const parts: string[] = [`<rect x="40" y="40" width="1120" height="720" ${wall}/>`];
  // The living room takes the left part; bedrooms share the right part, above the bathroom.
  const split = bedrooms === 0 ? 1160 : 640;
  if (bedrooms > 0) {
    parts.push(`<line x1="${split}" y1="40" x2="${split}" y2="760" ${thin}/>`);
    const roomHeight = 520 / bedrooms;
    for (let index = 0; index < bedrooms; index += 1) {
      const top = 40 + index * roomHeight;
      if (index > 0) parts.push(`<line x1="${split}" y1="${top}" x2="1160" y2="${top}" ${thin}/>`);
      parts.push(text((split + 1160) / 2, top + roomHeight / 2 + 12, ROOM_NAMES[index] ?? 'Chambre'));
    }
    parts.push(`<line x1="${split}" y1="560" x2="1160" y2="560" ${thin}/>`);
    parts.push(text((split + 1160) / 2, 672, 'Salle de bains'));
  } else {
    parts.push(
      `<rect x="860" y="520" width="300" height="240" ${thin} fill="none"/>`,
      text(1010, 652, 'Salle de bains', 30),
    );
  }
  parts.push(
    `<line x1="40" y1="300" x2="300" y2="300" ${thin}/>`,
    text(170, 180, 'Cuisine'),
    text(bedrooms === 0 ? 450 : 340, 470, unit.rooms === 0 ? 'Studio' : 'Séjour', 40),
    `<rect x="40" y="690" width="120" height="70" fill="#dee2e6"/>`,
    text(100, 740, 'Entrée', 24),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 80}">
  <rect width="100%" height="100%" fill="#ffffff"/>
  ${parts.join('\n  ')}
  ${text(600, 835, `Lot ${unit.number} · ${unit.area} m²`, 30)}
</svg>`;
}

/**
 * The flats of the first building on FLOORS_WITH_LAYOUTS get a layout: set on the unit first, then the
 * files written, so files-checkUpload finds each layout already set and leaves it.
 */
export async function seedDemoUnitLayouts(
  db: Firestore,
  tenantId: string,
  units: readonly Unit[],
  uploadedBy: string,
  newId: () => string,
): Promise<void> {
  const firstBuilding = units[0]?.buildingId;
  const flats = units.filter(
    (unit) =>
      unit.buildingId === firstBuilding && unit.kind === 'apartment' && FLOORS_WITH_LAYOUTS.includes(unit.floor),
  );
  const bucket = getStorage(adminAuth().app).bucket(`${projectId}.appspot.com`);
  for (const unit of flats) {
    const original = await sharp(Buffer.from(plan(unit)))
      .png()
      .toBuffer();
    const rendition = await renderPhoto(original);
    const layoutId = newId();
    const layout: UnitLayout = unitLayoutSchema.parse({
      id: layoutId,
      originalPath: paths.unitLayoutOriginal(tenantId, unit.id, layoutId),
      imagePath: paths.unitLayoutImage(tenantId, unit.id, layoutId),
      width: rendition.width,
      height: rendition.height,
      uploadedBy,
      uploadedAt: unit.createdAt,
    });
    await db.doc(paths.unit(tenantId, unit.id)).update(toStored({ layout }));
    await bucket.file(layout.originalPath).save(original, { contentType: 'image/png', resumable: false });
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    await bucket
      .file(layout.imagePath)
      .save(rendition.thumbnails.large, { contentType: 'image/webp', resumable: false });
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
}
