import { z } from 'zod';
import { PHOTO_THUMBNAILS } from '../properties/property-photo.schema';
import { docIdSchema } from '../shared/text';

/**
 * A unit's layout (floor plan). Staff upload the image as it is to `paths.unitLayoutOriginal`;
 * files-checkUpload checks its bytes, renders `paths.unitLayoutImage` (WebP, at most
 * `UNIT_LAYOUT_EDGE` pixels on its long side) and sets it as the unit's `layout`, deleting the one it
 * replaces. The public catalogue shows the rendered image at `catalogueLayoutUrl`, anybody may read it
 * while the unit is in the catalogue.
 */
export const UNIT_LAYOUT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The largest image accepted; storage.rules say the same. */
export const UNIT_LAYOUT_MAX_BYTES = 10 * 1024 * 1024;
/** The long side of the rendered image: a photo's large rendition (files-checkUpload makes both alike). */
export const UNIT_LAYOUT_EDGE = PHOTO_THUMBNAILS.large;

export function isUnitLayoutType(contentType: string): boolean {
  return (UNIT_LAYOUT_TYPES as readonly string[]).includes(contentType);
}

const pixels = z.number().int().min(1).max(100_000);

/** `units/{id}.layout`: written only by files-checkUpload (and the demo seed). */
export const unitLayoutSchema = z.object({
  id: docIdSchema,
  originalPath: z.string().min(1),
  imagePath: z.string().min(1),
  /** The rendered image's size, so pages keep its place before it loads. */
  width: pixels,
  height: pixels,
  uploadedBy: z.string().min(1).max(128),
  uploadedAt: z.date(),
});
export type UnitLayout = z.infer<typeof unitLayoutSchema>;

/** What the public catalogue knows of a layout: enough to show it, nothing of who uploaded it. */
export const catalogueLayoutSchema = unitLayoutSchema.pick({ id: true, width: true, height: true });
export type CatalogueLayout = z.infer<typeof catalogueLayoutSchema>;

/** Where the apps' hosts serve a unit's layout (catalogue-layoutImage, a Hosting rewrite); cached for good. */
export const CATALOGUE_LAYOUTS_PREFIX = '/layouts';

export function catalogueLayoutUrl(unitId: string, layoutId: string): string {
  return `${CATALOGUE_LAYOUTS_PREFIX}/${encodeURIComponent(unitId)}/${encodeURIComponent(layoutId)}.webp`;
}

/** The unit and layout a `catalogueLayoutUrl` names; null for any other path. */
export function parseCatalogueLayoutPath(path: string): { unitId: string; layoutId: string } | null {
  const match = /^\/layouts\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})\.webp$/.exec(path);
  if (!match?.[1] || !match[2]) return null;
  return { unitId: match[1], layoutId: match[2] };
}
