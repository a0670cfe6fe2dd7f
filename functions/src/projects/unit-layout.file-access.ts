import {
  isCollaborator,
  isInventoryEditor,
  isUnitLayoutType,
  paths,
  UNIT_LAYOUT_EDGE,
  UNIT_LAYOUT_MAX_BYTES,
  UNIT_LAYOUT_TYPES,
  type UnitLayout,
} from '@estate/domain';
import type { Firestore } from 'firebase-admin/firestore';
import type { AcceptedUpload, PrivateFileAccess } from '../files/file-access';
import type { FileStore } from '../files/file-store';
import { memberConverter, toStored } from '../lib/converters';
import { renderPhoto } from '../properties/photo-thumbnails';
import { unitConverter } from './inventory-store';
import { projectsLog } from './projects.log';
import { runTransaction } from '../lib/transactions';

/** `tenants/{t}/units/{unitId}/layouts/{layoutId}/(original|image.webp)`, as paths builds them. */
const LAYOUT_PATH =
  /^tenants\/([A-Za-z0-9_-]+)\/units\/([A-Za-z0-9_-]+)\/layouts\/([A-Za-z0-9_-]{1,64})\/(original|image\.webp)$/;

/** The rendered image weighs far less; anything bigger at that path was not made by the check. */
const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** Both files of one layout: what goes when it is refused, replaced or removed. */
export function layoutFiles(tenantId: string, unitId: string, layoutId: string): string[] {
  return [paths.unitLayoutOriginal(tenantId, unitId, layoutId), paths.unitLayoutImage(tenantId, unitId, layoutId)];
}

async function removeLayoutFiles(files: FileStore, layout: Pick<UnitLayout, 'originalPath' | 'imagePath'>) {
  await Promise.all([files.remove(layout.originalPath), files.remove(layout.imagePath)]);
}

/**
 * An accepted layout: its image is rendered and it becomes the unit's layout, in a transaction that
 * sets it only if it is not there yet; the layout it replaces loses its files. A replayed event finds
 * it set and does nothing again. The uploader (`uploadedBy`, held to the caller by storage.rules) must
 * still be an active owner, admin or manager; a unit deleted meanwhile, or bytes sharp cannot read,
 * are refused and their files deleted.
 */
async function acceptLayout(
  deps: { db: Firestore; files: FileStore },
  object: AcceptedUpload,
  ids: { tenantId: string; unitId: string; layoutId: string },
): Promise<'done' | 'rejected'> {
  const { db, files } = deps;
  const { tenantId, unitId, layoutId } = ids;
  const ref = db.doc(paths.unit(tenantId, unitId)).withConverter(unitConverter);
  const imagePath = paths.unitLayoutImage(tenantId, unitId, layoutId);
  const refuse = async (why: string) => {
    await files.remove(imagePath);
    projectsLog.layoutRefused(tenantId, unitId, layoutId, why);
    return 'rejected' as const;
  };
  const before = (await ref.get()).data();
  if (!before) return refuse('unit-not-found');
  if (before.layout?.id === layoutId) return 'done';
  const uploadedBy = object.metadata.uploadedBy ?? '';
  const member = uploadedBy
    ? (await db.doc(paths.member(tenantId, uploadedBy)).withConverter(memberConverter).get()).data()
    : undefined;
  if (!member || member.status !== 'active' || !isInventoryEditor(member.role)) return refuse('uploader-not-editor');
  if (!isUnitLayoutType(object.contentType)) return refuse('type-not-allowed');
  const bytes = await files.read(object.name);
  if (!bytes) return 'done';
  let rendition;
  try {
    rendition = await renderPhoto(bytes);
  } catch {
    return refuse('unreadable-image');
  }
  await files.write(imagePath, rendition.thumbnails.large, 'image/webp');
  // The image is the photo's large rendition: fitted inside UNIT_LAYOUT_EDGE pixels, never enlarged.
  const scale = Math.min(1, UNIT_LAYOUT_EDGE / Math.max(rendition.width, rendition.height));
  const layout: UnitLayout = {
    id: layoutId,
    originalPath: object.name,
    imagePath,
    width: Math.max(1, Math.round(rendition.width * scale)),
    height: Math.max(1, Math.round(rendition.height * scale)),
    uploadedBy,
    uploadedAt: new Date(),
  };
  const outcome = await runTransaction(db, async (tx) => {
    const unit = (await tx.get(ref)).data();
    if (!unit) return { status: 'unit-not-found' as const };
    if (unit.layout?.id === layoutId) return { status: 'already-set' as const };
    tx.update(ref, toStored({ layout, updatedAt: new Date() }));
    return { status: 'set' as const, replaced: unit.layout };
  });
  if (outcome.status === 'unit-not-found') {
    await files.remove(object.name);
    return refuse(outcome.status);
  }
  if (outcome.status === 'set') {
    if (outcome.replaced) await removeLayoutFiles(files, outcome.replaced);
    projectsLog.layoutSet(tenantId, unitId, layoutId, outcome.replaced?.id ?? null);
  }
  return 'done';
}

/**
 * Staff who see the inventory (collaborators) read a layout through files-download while it is the
 * unit's; anybody sees it in the public catalogue through catalogue-layoutImage.
 */
export const unitLayoutFileAccess: PrivateFileAccess<'unit-layout'> = {
  kind: 'unit-layout',

  async decide(db, viewer, ref) {
    if (viewer.kind !== 'staff' || !isCollaborator(viewer.role)) return { status: 'not-allowed' };
    const unit = (await db.doc(paths.unit(viewer.tenantId, ref.unitId)).withConverter(unitConverter).get()).data();
    if (!unit?.layout || unit.layout.id !== ref.layoutId) return { status: 'not-found' };
    return {
      status: 'granted',
      file: {
        storagePath: unit.layout.imagePath,
        fileName: `layout-${unit.number}.webp`,
        contentType: 'image/webp',
      },
    };
  },

  uploaded(storagePath) {
    const match = LAYOUT_PATH.exec(storagePath);
    if (!match) return null;
    const [, tenantId = '', unitId = '', layoutId = '', file = ''] = match;
    const base = {
      recordPath: paths.unit(tenantId, unitId),
      // The unit names its layout only once the check has set it: nothing to compare before.
      readRecord: () => Promise.resolve(null),
    };
    if (file !== 'original') return { ...base, maxBytes: IMAGE_MAX_BYTES, contentTypes: ['image/webp'] };
    return {
      ...base,
      maxBytes: UNIT_LAYOUT_MAX_BYTES,
      contentTypes: UNIT_LAYOUT_TYPES,
      accepted: (deps, object) => acceptLayout(deps, object, { tenantId, unitId, layoutId }),
    };
  },
};
