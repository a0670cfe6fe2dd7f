import { getApp } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import { adminDb } from '../lib/admin';

/** What the signatures functions need of Storage; bindings pass the project's bucket. */
export interface SignatureFiles {
  /** The object's bytes, or null when there is none. */
  read(path: string): Promise<Uint8Array | null>;
  write(path: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 404;
}

/** The project's default bucket, or the one named (tests, whose admin app has none). */
export function bucketSignatureFiles(bucketName?: string): SignatureFiles {
  // adminDb() makes sure the default app exists.
  adminDb();
  const bucket = getStorage(getApp()).bucket(bucketName);
  return {
    async read(path) {
      try {
        const [bytes] = await bucket.file(path).download();
        return new Uint8Array(bytes);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(path, bytes, contentType) {
      await bucket.file(path).save(Buffer.from(bytes), { contentType, resumable: false });
    },
  };
}
