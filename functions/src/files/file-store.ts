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
  };
}
