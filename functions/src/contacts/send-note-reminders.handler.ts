import { contactFullName, noteModel, paths, type Note } from '@estate/domain';
import {
  FieldPath,
  type DocumentReference,
  type Firestore,
  type QueryDocumentSnapshot,
} from 'firebase-admin/firestore';
import type { AppLinks } from '../lib/app-links';
import { contactConverter, decodeData, memberConverter, tenantConverter, toStored } from '../lib/converters';
import { contactsLog } from './contacts.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { runTransaction } from '../lib/transactions';

/** The notepad collection of every contact: `tenants/{tenantId}/contacts/{contactId}/notes`. */
const NOTES_COLLECTION = 'notes';
const NOTE_PATH = /^tenants\/([^/]+)\/contacts\/([^/]+)\/notes\/([^/]+)$/;
/** How many due notes one run reads (and reminds, in parallel) at a time. */
const NOTE_REMINDERS_PAGE_SIZE = 200;

type ReminderOutcome = 'sent' | 'skipped' | 'dropped';

/** One mail per note and reminder time: a retried run finds it and never queues a second. */
export function reminderMailId(contactId: string, noteId: string, remindAt: Date): string {
  return `note-reminder-${contactId}-${noteId}-${remindAt.getTime()}`;
}

function readNote(data: unknown): Note | null {
  const note = decodeData(noteModel, data);
  return note.ok ? note.value : null;
}

/**
 * Sends the reminder of one due note in a transaction: if it is still pending at `now`, queue the mail
 * to its author (their member email and language, a link to the note in the client's notepad) under a
 * deterministic id, clear `reminderPendingAt` and set `reminderSentAt`. The note is private to its
 * author, and owner and admin read the mail log: the mail names the contact and links to the note but
 * never carries its text. It is linked to no contact (the client file's Emails tab lists a contact's
 * mails to every collaborator); the contact id rides in `templateData.contactId`, where erasure finds it. An author who left the agency
 * or a contact that is gone drops the reminder without a mail.
 */
async function remind(
  db: Firestore,
  links: AppLinks,
  ref: DocumentReference,
  tenantId: string,
  contactId: string,
  now: Date,
): Promise<ReminderOutcome> {
  return runTransaction(db, async (tx) => {
    const note = readNote((await tx.get(ref)).data());
    if (!note?.reminderPendingAt || note.remindAt === null || note.reminderPendingAt.getTime() > now.getTime()) {
      return 'skipped';
    }
    const mailRef = db.doc(paths.mail(tenantId, reminderMailId(contactId, note.id, note.remindAt)));
    const [mail, member, contact, tenant] = await Promise.all([
      tx.get(mailRef),
      tx.get(db.doc(paths.member(tenantId, note.authorUid)).withConverter(memberConverter)),
      tx.get(db.doc(paths.contact(tenantId, contactId)).withConverter(contactConverter)),
      tx.get(db.doc(paths.tenant(tenantId)).withConverter(tenantConverter)),
    ]);
    const author = member.data();
    const client = contact.data();
    const agency = tenant.data();
    const reachable = author?.status === 'active' && client !== undefined && agency !== undefined;
    if (reachable && !mail.exists) {
      queueMail(
        db,
        tx,
        {
          tenantId,
          to: author.email,
          locale: author.locale,
          templateId: 'note-reminder',
          data: {
            displayName: author.displayName,
            contactName: contactFullName(client),
            link: links.link('admin', agency, `/clients/${contactId}/notes`, { note: note.id }),
            contactId,
          },
          brand: brandOf(agency),
          contactId: null,
          mailId: mailRef.id,
        },
        now,
      );
    }
    tx.update(ref, toStored({ reminderPendingAt: null, reminderSentAt: reachable ? now : null }));
    return reachable ? 'sent' : 'dropped';
  });
}

/**
 * `contacts-sendNoteReminders`: every note whose reminder is due at `now` (collection group `notes`,
 * `reminderPendingAt <= now`) mails its author once. The due notes are read `pageSize` at a time, in
 * the query's order (`reminderPendingAt`, then the document path) with a cursor after the last one
 * read, so a note the run skips (unreadable, not due any more) is not read again; each page is reminded
 * before the next is read. Returns how many reminders were sent.
 */
export async function sendNoteReminders(
  deps: { db: Firestore; links: AppLinks },
  now: Date,
  pageSize = NOTE_REMINDERS_PAGE_SIZE,
): Promise<number> {
  const { db, links } = deps;
  const due = db
    .collectionGroup(NOTES_COLLECTION)
    .where('reminderPendingAt', '<=', now)
    .orderBy('reminderPendingAt')
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  let sent = 0;
  let dropped = 0;
  let last: QueryDocumentSnapshot | null = null;
  for (;;) {
    const page = await (last === null ? due : due.startAfter(last)).get();
    const outcomes = await Promise.all(
      page.docs.map(async (doc): Promise<ReminderOutcome> => {
        const match = NOTE_PATH.exec(doc.ref.path);
        if (!match?.[1] || !match[2]) return 'skipped';
        return remind(db, links, doc.ref, match[1], match[2], now);
      }),
    );
    sent += outcomes.filter((outcome) => outcome === 'sent').length;
    dropped += outcomes.filter((outcome) => outcome === 'dropped').length;
    last = page.docs.at(-1) ?? null;
    if (page.size < pageSize || last === null) break;
  }
  contactsLog.noteReminders(sent, dropped);
  return sent;
}
