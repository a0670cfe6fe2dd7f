import {
  CALLABLES,
  paths,
  privateFileUrl,
  type Property,
  type PropertyDocument,
  type PropertyPhoto,
  type SavePropertyResult,
} from '@estate/domain';
import { getStorage } from 'firebase-admin/storage';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkUpload } from '../../functions/src/files/check-upload.handler';
import { bucketFileStore } from '../../functions/src/files/file-store';
import { removePropertyMedia } from '../../functions/src/properties/remove-property-media';
import { fromStored } from '../../functions/src/lib/converters';
import { adminAuth, adminDb } from '../support/admin';
import { callCallable, mustCall } from '../support/callables';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { eventually } from './function-fixtures';

/**
 * Property photos and documents against the emulators: the running files-checkUpload trigger makes
 * each photo's thumbnails and adds it to its property; the handler, called again as a replayed event
 * would, changes nothing. Reorder, cover and delete go through their callables; a deleted property's
 * media goes with it (properties-onPropertyDeleted).
 */
const BUCKET = `${projectId}.appspot.com`;
const DOWNLOAD = `${functionsOrigin}/${projectId}/${region}/files-download`;
const bucket = () => getStorage(adminAuth().app).bucket(BUCKET);
const files = () => bucketFileStore(BUCKET);

let tenant: TestTenant;
let agent: TestUser;
let otherTenant: TestTenant;
let jpeg: Buffer;

async function createProperty(): Promise<string> {
  const result = await mustCall<SavePropertyResult>(
    CALLABLES.saveProperty,
    {
      propertyId: null,
      requestId: adminDb().collection('ids').doc().id,
      property: {
        dealType: 'sale',
        title: 'Maison avec jardin',
        propertyType: 'house',
        address: { postalCode: '13009', city: 'Marseille' },
        price: 540_000,
        surface: 120,
        rooms: 5,
        status: 'online',
        sellerContactIds: [],
        assignedAgentUid: agent.uid,
      },
    },
    agent.idToken,
  );
  return result.propertyId;
}

async function propertyOf(propertyId: string): Promise<Property | undefined> {
  const snapshot = await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get();
  return snapshot.exists ? (fromStored(snapshot.data()) as Property) : undefined;
}

const photoIds = async (propertyId: string) => (await propertyOf(propertyId))?.photos.map((photo) => photo.id) ?? [];

/** Uploads an original as the admin app does (its uploader in the custom metadata). */
async function uploadOriginal(propertyId: string, photoId: string, bytes = jpeg, contentType = 'image/jpeg') {
  const path = paths.propertyPhotoOriginal(tenant.tenantId, propertyId, photoId);
  await bucket()
    .file(path)
    .save(bytes, { contentType, resumable: false, metadata: { metadata: { uploadedBy: agent.uid } } });
  return path;
}

/** An uploaded photo, once the trigger has listed it. */
async function addPhoto(propertyId: string, photoId: string): Promise<PropertyPhoto> {
  await uploadOriginal(propertyId, photoId);
  return eventually(async () => {
    const photo = (await propertyOf(propertyId))?.photos.find((item) => item.id === photoId);
    if (!photo) throw new Error(`photo ${photoId} not listed yet`);
    return photo;
  }, 30_000);
}

const exists = async (path: string) => (await bucket().file(path).exists())[0];
const generationOf = async (path: string) => (await bucket().file(path).getMetadata())[0].generation;

beforeAll(async () => {
  tenant = await createTenantWithOwner({ agencyName: 'Agence Photos' });
  agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
  otherTenant = await createTenantWithOwner({ agencyName: 'Agence Rivale' });
  jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1c7ed6' } })
    .jpeg()
    .toBuffer();
}, 60_000);

describe('files-checkUpload on property photos', { timeout: 90_000 }, () => {
  it('makes the thumbnails and lists the photo once, even when the event is replayed', async () => {
    const propertyId = await createProperty();
    const photo = await addPhoto(propertyId, 'first');
    expect(photo).toMatchObject({ width: 1600, height: 900, contentType: 'image/jpeg', uploadedBy: agent.uid });
    const small = await sharp((await bucket().file(photo.thumbnails.small).download())[0]).metadata();
    const large = await sharp((await bucket().file(photo.thumbnails.large).download())[0]).metadata();
    expect([small.format, small.width, small.height]).toEqual(['webp', 400, 225]);
    expect([large.format, large.width, large.height]).toEqual(['webp', 1200, 675]);
    const generations = [await generationOf(photo.thumbnails.small), await generationOf(photo.thumbnails.large)];

    const replay = await checkUpload(
      { db: adminDb(), files: files() },
      { name: photo.originalPath, contentType: 'image/jpeg', size: jpeg.length, metadata: { uploadedBy: agent.uid } },
    );
    expect(replay).toEqual({ status: 'accepted' });
    expect(await photoIds(propertyId)).toEqual(['first']);
    expect([await generationOf(photo.thumbnails.small), await generationOf(photo.thumbnails.large)]).toEqual(
      generations,
    );
  });

  it('deletes a file that is not an image, or not one sharp can read, and lists nothing', async () => {
    const propertyId = await createProperty();
    const text = await uploadOriginal(propertyId, 'text', Buffer.from('<html><script>1</script></html>'));
    // JPEG's first bytes, then nothing an image decoder can read.
    const broken = await uploadOriginal(
      propertyId,
      'broken',
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(400, 7)]),
    );
    await eventually(async () => {
      if ((await exists(text)) || (await exists(broken))) throw new Error('still there');
    }, 30_000);
    expect(await photoIds(propertyId)).toEqual([]);
    expect(await exists(paths.propertyPhotoThumbnail(tenant.tenantId, propertyId, 'broken', 'small'))).toBe(false);
  });

  it('refuses a photo nobody of the agency uploaded', async () => {
    const propertyId = await createProperty();
    const path = paths.propertyPhotoOriginal(tenant.tenantId, propertyId, 'anonymous');
    await bucket().file(path).save(jpeg, { contentType: 'image/jpeg', resumable: false });
    await eventually(async () => {
      if (await exists(path)) throw new Error('still there');
    }, 30_000);
    expect(await photoIds(propertyId)).toEqual([]);
  });
});

describe('properties-reorderPhotos, -setCoverPhoto, -deletePhoto', { timeout: 90_000 }, () => {
  let propertyId: string;

  beforeAll(async () => {
    propertyId = await createProperty();
    for (const id of ['a', 'b', 'c']) await addPhoto(propertyId, id);
  }, 90_000);

  it('reorder only a list naming exactly the photos, and write nothing for the same order', async () => {
    expect(await mustCall(CALLABLES.reorderPhotos, { propertyId, photoIds: ['c', 'a', 'b'] }, agent.idToken)).toEqual({
      status: 'changed',
      photoIds: ['c', 'a', 'b'],
    });
    const before = (await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).updateTime;
    expect(await mustCall(CALLABLES.reorderPhotos, { propertyId, photoIds: ['c', 'a', 'b'] }, agent.idToken)).toEqual({
      status: 'unchanged',
      photoIds: ['c', 'a', 'b'],
    });
    expect((await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).updateTime).toEqual(before);
    const missing = await callCallable(CALLABLES.reorderPhotos, { propertyId, photoIds: ['c', 'a'] }, agent.idToken);
    expect(missing).toMatchObject({ ok: false, code: 'failed-precondition', reason: 'photos-changed' });
    const twice = await callCallable(CALLABLES.reorderPhotos, { propertyId, photoIds: ['a', 'a', 'b'] }, agent.idToken);
    expect(twice).toMatchObject({ ok: false, code: 'invalid-argument' });
    expect(await photoIds(propertyId)).toEqual(['c', 'a', 'b']);
  });

  it('set the cover first, the others keeping their order, once', async () => {
    expect(await mustCall(CALLABLES.setCoverPhoto, { propertyId, photoId: 'b' }, agent.idToken)).toEqual({
      status: 'changed',
      photoIds: ['b', 'c', 'a'],
    });
    expect(await mustCall(CALLABLES.setCoverPhoto, { propertyId, photoId: 'b' }, agent.idToken)).toMatchObject({
      status: 'unchanged',
    });
    const unknown = await callCallable(CALLABLES.setCoverPhoto, { propertyId, photoId: 'zzz' }, agent.idToken);
    expect(unknown).toMatchObject({ ok: false, code: 'not-found', reason: 'photo-not-found' });
  });

  it('delete a photo and its files once; another agency cannot touch it', async () => {
    const foreign = await callCallable(CALLABLES.deletePhoto, { propertyId, photoId: 'c' }, otherTenant.owner.idToken);
    expect(foreign).toMatchObject({ ok: false, code: 'not-found', reason: 'property-not-found' });
    expect(await mustCall(CALLABLES.deletePhoto, { propertyId, photoId: 'c' }, agent.idToken)).toEqual({
      status: 'deleted',
    });
    expect(await mustCall(CALLABLES.deletePhoto, { propertyId, photoId: 'c' }, agent.idToken)).toEqual({
      status: 'already-deleted',
    });
    expect(await photoIds(propertyId)).toEqual(['b', 'a']);
    expect(await exists(paths.propertyPhotoOriginal(tenant.tenantId, propertyId, 'c'))).toBe(false);
    expect(await exists(paths.propertyPhotoThumbnail(tenant.tenantId, propertyId, 'c', 'small'))).toBe(false);
  });

  it('are served through files-download to the agency only', async () => {
    const url = privateFileUrl({ kind: 'property-photo', propertyId, photoId: 'b', variant: 'small' });
    const path = `${DOWNLOAD}${url.replace(/^\/files/, '')}`;
    const granted = await fetch(path, { headers: { Authorization: `Bearer ${agent.idToken}` } });
    expect(granted.status).toBe(200);
    expect(granted.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await granted.arrayBuffer())).metadata()).width).toBe(400);
    const foreign = await fetch(path, { headers: { Authorization: `Bearer ${otherTenant.owner.idToken}` } });
    expect(foreign.status).toBe(404);
    await foreign.arrayBuffer();
    const deleted = privateFileUrl({ kind: 'property-photo', propertyId, photoId: 'c', variant: 'small' });
    const gone = await fetch(`${DOWNLOAD}${deleted.replace(/^\/files/, '')}`, {
      headers: { Authorization: `Bearer ${agent.idToken}` },
    });
    expect(gone.status).toBe(404);
    await gone.arrayBuffer();
  });
});

describe('property documents', { timeout: 90_000 }, () => {
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  async function storeDocument(propertyId: string): Promise<PropertyDocument> {
    const ref = adminDb().collection(paths.propertyDocuments(tenant.tenantId, propertyId)).doc();
    const document: PropertyDocument = {
      id: ref.id,
      name: 'Diagnostic énergétique.pdf',
      category: 'diagnostics',
      contentType: 'application/pdf',
      size: PDF.length,
      storagePath: paths.propertyDocumentFile(tenant.tenantId, propertyId, ref.id, 'Diagnostic_energetique.pdf'),
      uploadedBy: agent.uid,
      uploadedAt: new Date(),
    };
    await bucket().file(document.storagePath).save(PDF, { contentType: 'application/pdf', resumable: false });
    await ref.set(document);
    return document;
  }

  it('are downloaded by the agency, then deleted once with a remark in the property’s history', async () => {
    const propertyId = await createProperty();
    const document = await storeDocument(propertyId);
    const url = privateFileUrl({ kind: 'property-document', propertyId, documentId: document.id });
    const path = `${DOWNLOAD}${url.replace(/^\/files/, '')}`;
    const granted = await fetch(path, { headers: { Authorization: `Bearer ${agent.idToken}` } });
    expect(granted.status).toBe(200);
    expect(Buffer.from(await granted.arrayBuffer()).equals(PDF)).toBe(true);
    const foreign = await fetch(path, { headers: { Authorization: `Bearer ${otherTenant.owner.idToken}` } });
    expect(foreign.status).toBe(404);
    await foreign.arrayBuffer();

    const input = { propertyId, documentId: document.id };
    expect(await mustCall(CALLABLES.deletePropertyDocument, input, agent.idToken)).toEqual({ status: 'deleted' });
    expect(await mustCall(CALLABLES.deletePropertyDocument, input, agent.idToken)).toEqual({
      status: 'already-deleted',
    });
    expect(await exists(document.storagePath)).toBe(false);
    const remarks = await adminDb()
      .collection(paths.history(tenant.tenantId))
      .where('propertyId', '==', propertyId)
      .where('type', '==', 'remark')
      .get();
    expect(remarks.docs.map((entry) => entry.data().text)).toEqual([
      'Document « Diagnostic énergétique.pdf » supprimé par Alice Agent.',
    ]);
  });

  it('a file that is not what it declares is deleted with its record', async () => {
    const propertyId = await createProperty();
    const ref = adminDb().collection(paths.propertyDocuments(tenant.tenantId, propertyId)).doc();
    const storagePath = paths.propertyDocumentFile(tenant.tenantId, propertyId, ref.id, 'plan.pdf');
    await ref.set({ id: ref.id, storagePath, contentType: 'application/pdf' });
    await bucket().file(storagePath).save(Buffer.from('<svg/>'), { contentType: 'application/pdf', resumable: false });
    await eventually(async () => {
      if ((await exists(storagePath)) || (await ref.get()).exists) throw new Error('still there');
    }, 30_000);
  });
});

describe('properties-onPropertyDeleted', { timeout: 90_000 }, () => {
  it('removes the photos, the documents, the estimations and the files, and finds nothing more the second time', async () => {
    const propertyId = await createProperty();
    await addPhoto(propertyId, 'kept');
    const record = adminDb().collection(paths.propertyDocuments(tenant.tenantId, propertyId)).doc('deed');
    const deedPath = paths.propertyDocumentFile(tenant.tenantId, propertyId, 'deed', 'deed.pdf');
    await bucket().file(deedPath).save(Buffer.from('%PDF-1.7\n'), { contentType: 'application/pdf' });
    await record.set({ id: 'deed', storagePath: deedPath, contentType: 'application/pdf' });
    const estimation = adminDb().doc(paths.estimation(tenant.tenantId, propertyId, 'spring'));
    await estimation.set({ id: 'spring', low: 1, high: 2 });

    await adminDb().doc(paths.property(tenant.tenantId, propertyId)).delete();
    const prefix = paths.propertyFilesPrefix(tenant.tenantId, propertyId);
    await eventually(async () => {
      const [left] = await bucket().getFiles({ prefix });
      if (left.length > 0 || (await record.get()).exists || (await estimation.get()).exists) {
        throw new Error(`${left.length} files left`);
      }
    }, 30_000);
    expect(await removePropertyMedia({ db: adminDb(), files: files() }, tenant.tenantId, propertyId)).toEqual({
      files: 0,
      documents: 0,
    });
  });

  it('leaves a property that exists alone', async () => {
    const propertyId = await createProperty();
    await addPhoto(propertyId, 'stays');
    expect(await removePropertyMedia({ db: adminDb(), files: files() }, tenant.tenantId, propertyId)).toBeNull();
    expect(await photoIds(propertyId)).toEqual(['stays']);
  });
});
