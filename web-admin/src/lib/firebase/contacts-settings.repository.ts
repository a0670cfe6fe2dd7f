import {
  contactsSettingsInputSchema,
  contactsSettingsSchema,
  DEFAULT_CONTACTS_SETTINGS,
  paths,
  type ContactsSettings,
  type ContactsSettingsInput,
} from '@estate/domain';
import { doc, getDoc, runTransaction, serverTimestamp } from 'firebase/firestore';
import { db } from './firebase-app';
import { timestampsToDates } from './timestamp.converter';

function parse(data: unknown): ContactsSettings {
  const parsed = contactsSettingsSchema.safeParse(timestampsToDates(data));
  return parsed.success ? parsed.data : DEFAULT_CONTACTS_SETTINGS;
}

/** The agency's contacts settings; the defaults (shared, no origin) when never saved. */
export async function fetchContactsSettings(tenantId: string): Promise<ContactsSettings> {
  const snapshot = await getDoc(doc(db, paths.contactsSettings(tenantId)));
  return snapshot.exists() ? parse(snapshot.data()) : DEFAULT_CONTACTS_SETTINGS;
}

/**
 * Owner and admin, through the rules. The change applies to the stored settings read in a
 * transaction, so two admins editing origins at once do not undo each other.
 */
export async function updateContactsSettings(
  tenantId: string,
  change: (current: ContactsSettingsInput) => ContactsSettingsInput,
): Promise<ContactsSettings> {
  const ref = doc(db, paths.contactsSettings(tenantId));
  return runTransaction(db, async (tx) => {
    const snapshot = await tx.get(ref);
    const current = snapshot.exists() ? parse(snapshot.data()) : DEFAULT_CONTACTS_SETTINGS;
    const next = contactsSettingsInputSchema.parse(
      change({ visibility: current.visibility, origins: current.origins }),
    );
    tx.set(ref, { visibility: next.visibility, origins: next.origins, updatedAt: serverTimestamp() });
    return { ...next, updatedAt: new Date() };
  });
}
