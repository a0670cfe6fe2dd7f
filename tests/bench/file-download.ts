// The time to first byte of a private file: a 5 MB client document asked of files-download by its
// owner, through the Hosting rewrite the apps use and on the function's own URL. Each request pays
// what the design costs: the token's verification with its revocation (an Auth lookup), the member
// document, the contact, the visibility setting and the record, then Storage.
import { paths, privateFileUrl } from '@estate/domain';
import type { Auth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import type { Storage } from 'firebase-admin/storage';
import { randomBytes } from 'node:crypto';
import { contactDoc } from '../support/contacts';
import { functionsOrigin, projectId, region } from '../support/emulator-env';
import { signIn } from '../support/users';

export interface DownloadFigures {
  fileBytes: number;
  runs: number;
  /** Until the first byte of the body. */
  firstByteMs: { median: number; p95: number };
  /** Until the last byte. */
  wholeFileMs: { median: number; p95: number };
}

const FIVE_MB = 5 * 1024 * 1024;
const WARM_UP = 3;

function summary(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return { median: at(0.5), p95: at(0.95) };
}

async function timedDownload(url: string, idToken: string): Promise<{ firstByte: number; whole: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: `Bearer ${idToken}` } });
  if (response.status !== 200 || !response.body) throw new Error(`download answered ${response.status}`);
  const reader = response.body.getReader();
  let chunk = await reader.read();
  const firstByte = performance.now() - started;
  let received = 0;
  while (!chunk.done) {
    received += chunk.value.byteLength;
    chunk = await reader.read();
  }
  if (received !== FIVE_MB) throw new Error(`received ${received} bytes, expected ${FIVE_MB}`);
  return { firstByte, whole: performance.now() - started };
}

/**
 * Seeds an agency (owner, a contact, a 5 MB PDF and its record) in the default project, where the
 * functions emulator reads, and times `runs` downloads after a few warm-up ones.
 */
export async function measureFileDownload(
  admin: { db: Firestore; auth: Auth; storage: Storage },
  options: { baseUrl: string | null; runs: number },
): Promise<DownloadFigures> {
  const tenantId = `bench-files-${Date.now().toString(36)}`;
  const email = `${tenantId}@bench.example`;
  const password = 'Bench-pass-2026';
  const owner = await admin.auth.createUser({ email, password });
  await admin.auth.setCustomUserClaims(owner.uid, { tenantId, role: 'owner' });
  const now = new Date();
  await admin.db.doc(paths.member(tenantId, owner.uid)).set({
    uid: owner.uid,
    email,
    displayName: 'Bench Owner',
    role: 'owner',
    status: 'active',
    locale: 'fr',
    requestedAt: now,
    decidedAt: now,
    decidedBy: owner.uid,
    sessionsRevokedAt: null,
    managerUid: null,
    updatedAt: now,
  });
  const contactId = 'bench-contact';
  await admin.db
    .doc(paths.contact(tenantId, contactId))
    .set(contactDoc({ id: contactId, lastName: 'Bench', assignedAgentUid: owner.uid, createdBy: owner.uid }));
  const documentId = 'bench-document';
  const storagePath = paths.contactDocumentFile(tenantId, contactId, documentId, 'bench.pdf');
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(FIVE_MB - 9)]);
  await admin.db.doc(paths.contactDocument(tenantId, contactId, documentId)).set({
    id: documentId,
    name: 'Bench 5 MB.pdf',
    category: 'other',
    contentType: 'application/pdf',
    size: bytes.length,
    storagePath,
    uploadedBy: owner.uid,
    uploadedAt: now,
  });
  await admin.storage
    .bucket(`${projectId}.appspot.com`)
    .file(storagePath)
    .save(bytes, { contentType: 'application/pdf', resumable: false });
  const { idToken } = await signIn(email, password);
  const path = privateFileUrl({ kind: 'contact-document', contactId, documentId });
  const url = options.baseUrl
    ? `${options.baseUrl}${path}`
    : `${functionsOrigin}/${projectId}/${region}/files-download${path.replace(/^\/files/, '')}`;
  const firstBytes: number[] = [];
  const wholes: number[] = [];
  for (let run = 0; run < WARM_UP + options.runs; run += 1) {
    const { firstByte, whole } = await timedDownload(url, idToken);
    if (run < WARM_UP) continue;
    firstBytes.push(firstByte);
    wholes.push(whole);
  }
  return { fileBytes: FIVE_MB, runs: options.runs, firstByteMs: summary(firstBytes), wholeFileMs: summary(wholes) };
}
