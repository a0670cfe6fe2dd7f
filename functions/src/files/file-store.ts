import { getApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import type { Readable } from 'node:stream';
import { adminDb } from '../lib/admin';

/** What the files functions need of Storage; the bindings pass the bucket, tests may pass their own. */
export interface FileStore {
  /** The object's size and content type, or null when there is none. */
  stat(path: string): Promise<{ size: number; contentType: string } | null>;
  /** The first `length` bytes (fewer when the file is shorter); null when the file is gone. */
  head(path: string, length: number): Promise<Uint8Array | null>;
  open(path: string): Readable;
  /** Deletes the file; a file already gone is not an error (retries, concurrent deletions). */
  remove(path: string): Promise<void>;
  /** The whole file (images to make thumbnails of); null when the file is gone. */
  read(path: string): Promise<Buffer | null>;
  /** Writes (or overwrites) a file made by a function, such as a thumbnail. */
  write(path: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Up to `pageSize` files under `prefix` (their paths), to delete a folder in bounded pages. */
  list(prefix: string, pageSize: number): Promise<string[]>;
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 404;
}

/** The project's default bucket (from its configuration), or the one named (tests, whose app has none). */
export function bucketFileStore(bucketName?: string): FileStore {
  // adminDb() makes sure the default app exists.
  adminDb();
  const bucket = getStorage(getApp()).bucket(bucketName);
  return {
    async stat(path) {
      try {
        const [metadata] = await bucket.file(path).getMetadata();
        return { size: Number(metadata.size ?? 0), contentType: String(metadata.contentType ?? '') };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async head(path, length) {
      try {
        const [bytes] = await bucket.file(path).download({ start: 0, end: length - 1 });
        return new Uint8Array(bytes);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    open: (path) => bucket.file(path).createReadStream(),
    async remove(path) {
      await bucket.file(path).delete({ ignoreNotFound: true });
    },
    async read(path) {
      try {
        const [bytes] = await bucket.file(path).download();
        return bytes;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(path, bytes, contentType) {
      await bucket.file(path).save(bytes, { contentType, resumable: false });
    },
    async list(prefix, pageSize) {
      const [files] = await bucket.getFiles({ prefix, maxResults: pageSize, autoPaginate: false });
      return files.map((file) => file.name);
    },
  };
}
