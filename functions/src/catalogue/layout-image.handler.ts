import { catalogueUnitModel, parseCatalogueLayoutPath, paths } from '@estate/domain';
import { converterOf } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { jsonReply, type HttpReply } from '../lib/http-reply';
import type { FileStore } from '../files/file-store';
import { resolveDomain } from '../tenancy/resolve-domain';

const catalogueUnitConverter = converterOf(catalogueUnitModel);

/** A layout's URL names its id: a new layout is a new URL, so an image may be kept for good. */
const CACHED_FOR_GOOD = 'public, max-age=31536000, immutable';
const NOT_CACHED = { 'Cache-Control': 'no-store' };

export interface LayoutImageRequest {
  method: string;
  path: string;
  host: string;
  /** The emulator's `?tenant=` override; ignored in production. */
  tenantId: string | null;
}

/**
 * `/layouts/{unitId}/{layoutId}.webp` on a developer's hosts: the unit's layout as the public catalogue
 * shows it, to anybody, signed in or not, while it is the layout of a unit in the catalogue (as
 * firestore.rules let anybody read a developer tenant's catalogueUnits).
 */
export async function layoutImage(
  deps: Pick<Deps, 'db' | 'local'> & { files: Pick<FileStore, 'read'> },
  request: LayoutImageRequest,
): Promise<HttpReply> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return jsonReply(405, { error: 'Layouts are only downloaded (GET).' }, { ...NOT_CACHED, Allow: 'GET, HEAD' });
  }
  const notFound = jsonReply(404, { error: 'No such layout.' }, NOT_CACHED);
  const wanted = parseCatalogueLayoutPath(request.path);
  if (!wanted) return notFound;
  const domain = (await resolveDomain(deps, { host: request.host, tenantId: request.tenantId }))?.domain;
  if (!domain?.capabilities.includes('developer')) return notFound;
  const unit = (
    await deps.db.doc(paths.catalogueUnit(domain.tenantId, wanted.unitId)).withConverter(catalogueUnitConverter).get()
  ).data();
  if (unit?.layout?.id !== wanted.layoutId) return notFound;
  const bytes = await deps.files.read(paths.unitLayoutImage(domain.tenantId, wanted.unitId, wanted.layoutId));
  if (!bytes) return notFound;
  return {
    status: 200,
    headers: { 'Content-Type': 'image/webp', 'Cache-Control': CACHED_FOR_GOOD },
    // Express answers a HEAD request with these headers and no body.
    body: bytes,
  };
}
