import { describe, expect, it } from 'vitest';
import { paths } from '../shared/paths';
import { parsePrivateFilePath, privateFileUrl } from '../files/private-file';
import { propertyDocumentUploadSchema } from './property-document.schema';
import {
  coverPhoto,
  photoVariantPath,
  propertyPhotoSchema,
  reorderPhotos,
  reorderPhotosInputSchema,
  samePhotoOrder,
  withCover,
  withPhotoAdded,
  type PropertyPhoto,
} from './property-photo.schema';
import { propertySchema } from './property.schema';

const photo = (id: string): PropertyPhoto => ({
  id,
  originalPath: paths.propertyPhotoOriginal('t1', 'p1', id),
  contentType: 'image/jpeg',
  size: 1000,
  width: 2560,
  height: 1707,
  thumbnails: {
    small: paths.propertyPhotoThumbnail('t1', 'p1', id, 'small'),
    large: paths.propertyPhotoThumbnail('t1', 'p1', id, 'large'),
  },
  uploadedBy: 'u1',
  uploadedAt: new Date('2026-03-01T10:00:00Z'),
});
const [a, b, c] = [photo('a'), photo('b'), photo('c')];
const ids = (photos: PropertyPhoto[] | null) => photos?.map((item) => item.id) ?? null;

describe('property photos', () => {
  it('keep the storage paths of the original and its thumbnails', () => {
    expect(propertyPhotoSchema.parse(a)).toEqual(a);
    expect(photoVariantPath(a, 'original')).toBe('tenants/t1/properties/p1/photos/a/original');
    expect(photoVariantPath(a, 'small')).toBe('tenants/t1/properties/p1/photos/a/small.webp');
    expect(photoVariantPath(a, 'large')).toBe('tenants/t1/properties/p1/photos/a/large.webp');
    expect(propertyPhotoSchema.safeParse({ ...a, contentType: 'image/svg+xml' }).success).toBe(false);
  });

  it('are reordered only when the new order names exactly the property’s photos', () => {
    expect(ids(reorderPhotos([a, b, c], ['c', 'a', 'b']))).toEqual(['c', 'a', 'b']);
    expect(reorderPhotos([a, b, c], ['c', 'a'])).toBeNull();
    expect(reorderPhotos([a, b], ['a', 'x'])).toBeNull();
    expect(reorderPhotos([a, b], ['a', 'a'])).toBeNull();
    expect(reorderPhotosInputSchema.safeParse({ propertyId: 'p1', photoIds: ['a', 'a'] }).success).toBe(false);
  });

  it('take a cover by moving it first, the others keeping their order', () => {
    expect(ids(withCover([a, b, c], 'c'))).toEqual(['c', 'a', 'b']);
    expect(withCover([a, b], 'x')).toBeNull();
    expect(coverPhoto([b, a])?.id).toBe('b');
    expect(coverPhoto([])).toBeNull();
  });

  it('add a photo once, even when its upload is checked twice', () => {
    expect(ids(withPhotoAdded([a], b))).toEqual(['a', 'b']);
    expect(ids(withPhotoAdded([a, b], b))).toEqual(['a', 'b']);
    expect(samePhotoOrder([a, b], [a, b])).toBe(true);
    expect(samePhotoOrder([a, b], [b, a])).toBe(false);
  });

  it('default to none on a property stored before them', () => {
    const stored = {
      id: 'p1',
      reference: 'V-00001',
      dealType: 'sale',
      title: 'T3',
      propertyType: 'apartment',
      address: { postalCode: '', city: 'Lyon' },
      price: 1,
      surface: null,
      rooms: null,
      status: 'online',
      sellerContactIds: [],
      assignedAgentUid: 'u1',
      createdBy: 'u1',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(propertySchema.parse(stored).photos).toEqual([]);
  });
});

describe('property files', () => {
  it('are named by their record on the download address', () => {
    const photoRef = { kind: 'property-photo', propertyId: 'p1', photoId: 'a', variant: 'small' } as const;
    expect(privateFileUrl(photoRef)).toBe('/files/property-photo/p1/a/small');
    expect(parsePrivateFilePath('/files/property-photo/p1/a/small')).toEqual(photoRef);
    const documentRef = { kind: 'property-document', propertyId: 'p1', documentId: 'd1' } as const;
    expect(parsePrivateFilePath(privateFileUrl(documentRef))).toEqual(documentRef);
  });

  it('documents take the client documents’ types and cap, with the property’s categories', () => {
    const upload = { name: 'DPE.pdf', category: 'diagnostics', contentType: 'application/pdf', size: 10 };
    expect(propertyDocumentUploadSchema.parse(upload)).toEqual(upload);
    expect(propertyDocumentUploadSchema.safeParse({ ...upload, category: 'identity' }).success).toBe(false);
    expect(propertyDocumentUploadSchema.safeParse({ ...upload, contentType: 'image/svg+xml' }).success).toBe(false);
    expect(propertyDocumentUploadSchema.safeParse({ ...upload, size: 21 * 1024 * 1024 }).success).toBe(false);
  });
});
