import {
  type BuyerQuestionnaire,
  buyerQuestionnaireModel,
  CONTACT_DOCUMENT_MAX_BYTES,
  type ContactDocument,
  type ContactDocumentCategory,
  contactDocumentModel,
  contactDocumentUploadSchema,
  checkFileType,
  deleteContactDocumentContract,
  FILE_SIGNATURE_BYTES,
  dealTypeSchema,
  propertyStatusSchema,
  type Mail,
  mailModel,
  type ModelType,
  type Note,
  type NoteInput,
  noteInputSchema,
  noteModel,
  paths,
  phaseSchema,
  reminderFields,
  type SavedSearch,
  savedSearchModel,
  saveTracfinContract,
  type SaveTracfinRequest,
  type SaveTracfinResult,
  type Signatory,
  type SignatoryInput,
  signatoryModel,
  storageFileName,
  type TracfinFile,
  tracfinFileModel,
} from '@estate/domain';
import {
  and,
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  startAfter,
  Timestamp,
  updateDoc,
  where,
  type DocumentData,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import type { User } from 'firebase/auth';
import { ref as fileRef, uploadBytes } from 'firebase/storage';
import { z } from 'zod';
import { fetchPrivateFile } from '@estate/web-shared/private-files';
import { call } from '../../../../lib/firebase/callables';
import { db } from '../../../../lib/firebase/firebase-app';
import { interestsVisibilityConstraint, type InterestsViewer } from '../../../pipeline';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';
import { storage } from '../../../../lib/firebase/storage';

const signatoryConverter = converterOf(signatoryModel);
const documentConverter = converterOf(contactDocumentModel);
const noteConverter = converterOf(noteModel);
const mailConverter = converterOf(mailModel);

/** Dates become Timestamps on the way in; everything else is written as the schema made it. */
function stored<T extends Record<string, unknown>>(value: T): DocumentData {
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      inner instanceof Date
        ? Timestamp.fromDate(inner)
        : inner !== null && typeof inner === 'object' && !Array.isArray(inner)
          ? stored(inner as Record<string, unknown>)
          : inner,
    ]),
  );
}

// --- signatories -----------------------------------------------------------------------------------

export async function fetchSignatories(tenantId: string, contactId: string): Promise<Signatory[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.signatories(tenantId, contactId)).withConverter(signatoryConverter),
      orderBy('createdAt'),
    ),
  );
  return readDocs(snapshot);
}

/** Adds (signatoryId null) or edits a signatory; the input is the domain's, phones already E.164. */
export async function saveSignatory(
  tenantId: string,
  contactId: string,
  uid: string,
  signatoryId: string | null,
  input: SignatoryInput,
): Promise<void> {
  const fields = stored({ ...input });
  if (signatoryId) {
    await updateDoc(doc(db, paths.signatory(tenantId, contactId, signatoryId)), {
      ...fields,
      updatedAt: serverTimestamp(),
    });
    return;
  }
  const ref = doc(collection(db, paths.signatories(tenantId, contactId)));
  await setDoc(ref, {
    ...fields,
    id: ref.id,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

export async function deleteSignatory(tenantId: string, contactId: string, signatoryId: string): Promise<void> {
  await deleteDoc(doc(db, paths.signatory(tenantId, contactId, signatoryId)));
}

// --- documents -------------------------------------------------------------------------------------

export async function fetchDocuments(tenantId: string, contactId: string): Promise<ContactDocument[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.contactDocuments(tenantId, contactId)).withConverter(documentConverter),
      orderBy('uploadedAt', 'desc'),
    ),
  );
  return readDocs(snapshot);
}

/** A file whose first bytes are not the type it claims (a renamed file, a forged one): refused before sending. */
export class FileContentMismatch extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is not the kind of file its name says`);
    this.name = 'FileContentMismatch';
  }
}

/**
 * Uploads the file first, then writes its metadata: a failed upload leaves nothing behind, and the
 * metadata only ever names a file that exists. The file is stored under a safe name. Its first bytes
 * are checked here as files-checkUpload checks them after the upload, so an honest mistake is told
 * at once instead of the file vanishing later.
 */
export async function uploadDocument(
  tenantId: string,
  contactId: string,
  uid: string,
  file: File,
  category: ContactDocumentCategory,
): Promise<void> {
  const upload = contactDocumentUploadSchema.parse({
    name: file.name.trim().slice(0, 200) || 'document',
    category,
    contentType: file.type,
    size: file.size,
  });
  const head = new Uint8Array(await file.slice(0, FILE_SIGNATURE_BYTES).arrayBuffer());
  if (!checkFileType(upload.contentType, head).ok) throw new FileContentMismatch(upload.name);
  const ref = doc(collection(db, paths.contactDocuments(tenantId, contactId)));
  const storagePath = paths.contactDocumentFile(tenantId, contactId, ref.id, storageFileName(upload.name));
  await uploadBytes(fileRef(storage, storagePath), file, { contentType: upload.contentType });
  // Should this write fail, the file stays unread (downloads need the record) until the contact's erasure.
  await setDoc(ref, {
    ...upload,
    id: ref.id,
    storagePath,
    uploadedBy: uid,
    uploadedAt: serverTimestamp(),
  });
}

export const DOCUMENT_MAX_MB = CONTACT_DOCUMENT_MAX_BYTES / (1024 * 1024);

export { DownloadRefused } from '@estate/web-shared/private-files';

/** The document's bytes, asked of files-download with the user's ID token. */
export function fetchDocumentFile(user: User, contactId: string, document: ContactDocument): Promise<Blob> {
  return fetchPrivateFile(user, { kind: 'contact-document', contactId, documentId: document.id }, { inline: true });
}

/** The record goes with a history entry (files-deleteContactDocument), then the file. */
export async function deleteDocument(contactId: string, document: ContactDocument): Promise<void> {
  await call(deleteContactDocumentContract, { contactId, documentId: document.id });
}

// --- mails -----------------------------------------------------------------------------------------

const MAILS_PAGE_SIZE = 20;

export interface MailRow extends Mail {
  id: string;
}

export interface MailsPage {
  mails: MailRow[];
  next: QueryDocumentSnapshot<Mail> | null;
}

/** The mails sent about this contact, newest first; the rules let collaborators read the non-sensitive ones. */
export async function fetchMailsPage(
  tenantId: string,
  contactId: string,
  after: QueryDocumentSnapshot<Mail> | null,
): Promise<MailsPage> {
  const base = collection(db, paths.mails(tenantId)).withConverter(mailConverter);
  const constraints = [
    where('contactId', '==', contactId),
    where('sensitive', '==', false),
    orderBy('createdAt', 'desc'),
  ];
  const snapshot = await getDocs(
    query(base, ...constraints, ...(after ? [startAfter(after)] : []), limit(MAILS_PAGE_SIZE)),
  );
  return {
    mails: snapshot.docs.flatMap((item) => {
      const mail = readDoc(item);
      return mail ? [{ ...mail, id: item.id }] : [];
    }),
    next: snapshot.docs.length === MAILS_PAGE_SIZE ? (snapshot.docs.at(-1) ?? null) : null,
  };
}

// --- notes -----------------------------------------------------------------------------------------

/** The caller's own notes on this contact (the rules let nobody else read them), newest first. */
export async function fetchNotes(tenantId: string, contactId: string, uid: string): Promise<Note[]> {
  const snapshot = await getDocs(
    query(collection(db, paths.notes(tenantId, contactId)).withConverter(noteConverter), where('authorUid', '==', uid)),
  );
  return readDocs(snapshot).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Writes a note; the reminder is pending when set or moved, unchanged when the text alone is edited. */
export async function saveNote(
  tenantId: string,
  contactId: string,
  uid: string,
  previous: Note | null,
  input: NoteInput,
): Promise<void> {
  const valid = noteInputSchema.parse(input);
  const reminder = reminderFields(valid.remindAt, previous);
  const toStamp = (date: Date | null) => (date ? Timestamp.fromDate(date) : null);
  const fields = {
    text: valid.text,
    remindAt: toStamp(valid.remindAt),
    reminderPendingAt: toStamp(reminder.reminderPendingAt),
    reminderSentAt: toStamp(reminder.reminderSentAt),
    updatedAt: serverTimestamp(),
  };
  if (previous) {
    await updateDoc(doc(db, paths.note(tenantId, contactId, previous.id)), fields);
    return;
  }
  const ref = doc(collection(db, paths.notes(tenantId, contactId)));
  await setDoc(ref, { ...fields, id: ref.id, authorUid: uid, createdAt: serverTimestamp() });
}

export async function deleteNote(tenantId: string, contactId: string, noteId: string): Promise<void> {
  await deleteDoc(doc(db, paths.note(tenantId, contactId, noteId)));
}

// --- buyer files -----------------------------------------------------------------------------------

type BuyerFileModel = typeof buyerQuestionnaireModel | typeof savedSearchModel | typeof tracfinFileModel;

async function fetchBuyerFile<M extends BuyerFileModel>(
  tenantId: string,
  contactId: string,
  model: M,
): Promise<ModelType<M> | null> {
  return readDoc(await getDoc(doc(db, model.path(tenantId, contactId)).withConverter(converterOf(model))));
}

export const fetchQuestionnaire = (tenantId: string, contactId: string): Promise<BuyerQuestionnaire | null> =>
  fetchBuyerFile(tenantId, contactId, buyerQuestionnaireModel);
export const fetchSavedSearch = (tenantId: string, contactId: string): Promise<SavedSearch | null> =>
  fetchBuyerFile(tenantId, contactId, savedSearchModel);
export const fetchTracfin = (tenantId: string, contactId: string): Promise<TracfinFile | null> =>
  fetchBuyerFile(tenantId, contactId, tracfinFileModel);

/** Writes the questionnaire or the saved search as the rules expect: the writer and the server time. */
export async function saveBuyerFile(
  tenantId: string,
  contactId: string,
  uid: string,
  file: 'questionnaire' | 'saved-search',
  fields: Record<string, unknown>,
): Promise<void> {
  await setDoc(doc(db, paths.buyerFile(tenantId, contactId, file)), {
    ...stored(fields),
    updatedBy: uid,
    updatedAt: serverTimestamp(),
  });
}

export function saveTracfin(request: SaveTracfinRequest): Promise<SaveTracfinResult> {
  return call(saveTracfinContract, request);
}

// --- properties and interests (only the fields the client file shows) -------------------------------

const propertyRowSchema = z.object({
  id: z.string(),
  reference: z.string().default(''),
  title: z.string().default(''),
  dealType: dealTypeSchema.catch('sale'),
  address: z
    .object({ city: z.string().default(''), postalCode: z.string().default('') })
    .default({ city: '', postalCode: '' }),
  price: z.number().nullable().default(null),
  status: propertyStatusSchema.catch('offline'),
  visitCount: z.number().default(0),
  offerCount: z.number().default(0),
});
export type PropertyRow = z.infer<typeof propertyRowSchema>;
const propertyRowConverter = converterOf({ kind: 'property', schema: propertyRowSchema });

const interestRowSchema = z.object({
  propertyId: z.string(),
  propertyReference: z.string().default(''),
  dealType: dealTypeSchema.catch('sale'),
  phase: phaseSchema,
  phaseSince: z.date().nullable().default(null),
});
type InterestRow = z.infer<typeof interestRowSchema>;
const interestRowConverter = converterOf({ kind: 'interest', schema: interestRowSchema });

/** The properties this contact sells (`sellerContactIds` array-contains). */
export async function fetchSellerProperties(tenantId: string, contactId: string): Promise<PropertyRow[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.properties(tenantId)).withConverter(propertyRowConverter),
      where('sellerContactIds', 'array-contains', contactId),
      limit(100),
    ),
  );
  return readDocs(snapshot);
}

export interface BuyerInterest {
  interest: InterestRow;
  property: PropertyRow | null;
}

/**
 * The properties this contact is interested in, with their phase, and each property's details; in
 * "own" visibility the query carries the viewer's clause (interestsVisibilityConstraint).
 */
export async function fetchBuyerInterests(
  tenantId: string,
  contactId: string,
  viewer: InterestsViewer,
): Promise<BuyerInterest[]> {
  const ofContact = where('contactId', '==', contactId);
  const visible = await interestsVisibilityConstraint(tenantId, viewer);
  const snapshot = await getDocs(
    query(
      collection(db, paths.interests(tenantId)).withConverter(interestRowConverter),
      visible ? and(ofContact, visible) : and(ofContact),
      limit(100),
    ),
  );
  const interests = readDocs(snapshot);
  const properties = await Promise.all(
    interests.map(async (interest) => {
      const property = await getDoc(
        doc(db, paths.property(tenantId, interest.propertyId)).withConverter(propertyRowConverter),
      );
      return readDoc(property);
    }),
  );
  return interests.map((interest, index) => ({ interest, property: properties[index] ?? null }));
}
