import { docIdSchema } from '../shared/text';

/**
 * A private file is named by the record that holds its metadata, never by its Storage path or a
 * download URL: `/files/<kind>/<ids…>` on either app's host (a Hosting rewrite to files-download).
 * Each kind lists the ids of its record and registers its access check in
 * functions/src/files/file-access.kinds.ts.
 */
export const PRIVATE_FILE_KINDS = {
  'contact-document': ['contactId', 'documentId'],
  /** A mandate's PDF as sent for signature, and its signed copy (the signature request's `signedDocument`). */
  mandate: ['mandateId'],
  'mandate-signed': ['mandateId'],
  /** An amendment's PDF as sent, and its signed copy. */
  amendment: ['amendmentId'],
  'amendment-signed': ['amendmentId'],
  /** A signature request's PDF: `copy` is `sent` (as the signers received it) or `signed`. */
  'signed-document': ['requestId', 'copy'],
  'property-document': ['propertyId', 'documentId'],
  /** An estimation's appraisal PDF, rendered by estimations-renderAppraisal. */
  appraisal: ['propertyId', 'estimationId'],
  /** An offer's PDF as sent for signature, and its signed copy. */
  offer: ['offerId'],
  'offer-signed': ['offerId'],
  /** `variant`: `small`, `large` (thumbnails) or `original` (PHOTO_VARIANTS). */
  'property-photo': ['propertyId', 'photoId', 'variant'],
  /** A document shared with a client (`sharedDocuments`): its source's file, for that client and their agents. */
  'shared-document': ['sharedId'],
  /** A new-build unit's layout (`units/{unitId}.layout`, while it is this one). */
  'unit-layout': ['unitId', 'layoutId'],
  /** A file sent with a chat message (the message's `attachments` entry of this id). */
  'chat-attachment': ['threadId', 'messageId', 'attachmentId'],
  /** A mandate's signed PDF as its sellers open it from their space (`sellerActivity`): sellers named on it, once signed. */
  'seller-mandate': ['mandateId'],
  /** A developer's agreement (ДДУ, ДКП, ДУПТ) as agreements-generateAgreement rendered it. */
  agreement: ['agreementId'],
  /** An invoice's PDF (Factur-X for a business customer), rendered once numbered; owner and admin. */
  invoice: ['invoiceId'],
} as const satisfies Record<string, readonly string[]>;

export type PrivateFileKind = keyof typeof PRIVATE_FILE_KINDS;

type IdsOf<K extends PrivateFileKind> = { [Id in (typeof PRIVATE_FILE_KINDS)[K][number]]: string };

/** Which file: its kind and its record's ids. */
export type PrivateFileRef = { [K in PrivateFileKind]: { kind: K } & IdsOf<K> }[PrivateFileKind];

/** The path prefix Hosting rewrites to the download function on both apps. */
export const PRIVATE_FILES_PREFIX = '/files';

/** The same-origin address of a file; `inline` asks the browser to show it rather than save it. */
export function privateFileUrl(ref: PrivateFileRef, options: { inline?: boolean } = {}): string {
  // Each kind's ids are the ref's own keys (PrivateFileRef); indexed as a record across kinds.
  const named = ref as unknown as Record<string, string>;
  const ids = PRIVATE_FILE_KINDS[ref.kind].map((id) => encodeURIComponent(named[id] ?? ''));
  return `${PRIVATE_FILES_PREFIX}/${ref.kind}/${ids.join('/')}${options.inline ? '?inline=1' : ''}`;
}

/**
 * The file a request path names, or null. Accepts the path as Hosting forwards it (`/files/…`) and as
 * the function sees it when called on its own URL (`/<kind>/…`).
 */
export function parsePrivateFilePath(path: string): PrivateFileRef | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments[0] === PRIVATE_FILES_PREFIX.slice(1)) segments.shift();
  const [kind, ...ids] = segments;
  if (!kind || !Object.hasOwn(PRIVATE_FILE_KINDS, kind)) return null;
  const names = PRIVATE_FILE_KINDS[kind as PrivateFileKind];
  if (ids.length !== names.length) return null;
  const decoded: Record<string, string> = { kind };
  for (const [index, name] of names.entries()) {
    let value: string;
    try {
      value = decodeURIComponent(ids[index] ?? '');
    } catch {
      return null;
    }
    if (!docIdSchema.safeParse(value).success) return null;
    decoded[name] = value;
  }
  return decoded as PrivateFileRef;
}

/**
 * `Content-Disposition` for a stored file name (RFC 6266 with RFC 5987 `filename*`): an ASCII fallback
 * for old clients, the exact UTF-8 name for the others. Quotes, backslashes and control characters
 * never reach the header.
 */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment'): string {
  // Control characters (line breaks above all) would split the header; they never reach it.
  const name =
    [...fileName]
      .filter((char) => char >= ' ' && char !== '\u007f')
      .join('')
      .trim() || 'file';
  const fallback = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The reasons a download is refused, with the HTTP status each answers. */
export const DOWNLOAD_REFUSALS = {
  'no-token': 401,
  'invalid-token': 401,
  'token-revoked': 401,
  'not-a-member': 403,
  'member-not-active': 403,
  'role-changed': 403,
  'client-space-not-active': 403,
  'not-allowed': 403,
  'bad-path': 404,
  'file-not-found': 404,
  'method-not-allowed': 405,
} as const;
export type DownloadRefusal = keyof typeof DOWNLOAD_REFUSALS;
