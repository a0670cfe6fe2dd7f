import {
  type AutoResponderInput,
  autoResponderInputSchema,
  type AutoResponderSettings,
  autoResponderSettingsModel,
  contactFullName,
  DEFAULT_AUTO_RESPONDER,
  leadModel,
  LEADS_SECRET_HINT_LENGTH,
  leadsSecretModel,
  paths,
  portalLeadEndpoint,
  rotateLeadsSecretContract,
  type RotateLeadsSecretResult,
  type StoredPortalLead,
} from '@estate/domain';
import { collection, doc, getDoc, getDocs, limit, orderBy, query, serverTimestamp, setDoc } from 'firebase/firestore';
import { call } from '../../../lib/firebase/callables';
import { db, firebaseConfig, usesEmulators } from '../../../lib/firebase/firebase-app';
import { EMULATORS } from '@estate/web-shared/emulators';
import { converterOf, readDoc, readDocs } from '@estate/web-shared/firestore';

const RECENT_LEADS = 20;

/** Where this agency's portals post: the functions emulator locally, the region's host deployed. */
export function leadsEndpoint(tenantId: string): string {
  return portalLeadEndpoint({
    projectId: firebaseConfig.projectId,
    tenantId,
    emulatorOrigin: usesEmulators ? EMULATORS.functions.origin : null,
  });
}

/** The auto-responder as saved; off with the product's first texts when never saved. */
export async function fetchAutoResponder(tenantId: string): Promise<AutoResponderSettings> {
  const ref = doc(db, paths.autoResponderSettings(tenantId)).withConverter(converterOf(autoResponderSettingsModel));
  return readDoc(await getDoc(ref)) ?? DEFAULT_AUTO_RESPONDER;
}

/** Owner and admin, through the rules (which check the shape and sizes again). */
export async function saveAutoResponder(tenantId: string, input: AutoResponderInput): Promise<AutoResponderSettings> {
  const valid = autoResponderInputSchema.parse(input);
  await setDoc(doc(db, paths.autoResponderSettings(tenantId)), {
    enabled: valid.enabled,
    phase: valid.phase,
    templates: valid.templates,
    updatedAt: serverTimestamp(),
  });
  return { ...valid, updatedAt: new Date() };
}

/** What the panel shows of the secret portals send: never the secret, which is shown once on rotation. */
export interface LeadsSecretStatus {
  /** Its last characters, to tell which secret a portal holds. */
  hint: string;
  rotatedAt: Date;
  /** Stored in clear before secrets were hashed: it works, and is hashed when a portal next uses it. */
  storedInClear: boolean;
}

/** The secret's status, or null before the first rotation. */
export async function fetchLeadsSecret(tenantId: string): Promise<LeadsSecretStatus | null> {
  const snapshot = await getDoc(doc(db, paths.leadsSecret(tenantId)).withConverter(converterOf(leadsSecretModel)));
  const stored = readDoc(snapshot);
  if (!stored) return null;
  return 'secretHash' in stored
    ? { hint: stored.hint, rotatedAt: stored.rotatedAt, storedInClear: false }
    : { hint: stored.secret.slice(-LEADS_SECRET_HINT_LENGTH), rotatedAt: stored.rotatedAt, storedInClear: true };
}

export function rotateLeadsSecret(): Promise<RotateLeadsSecretResult> {
  return call(rotateLeadsSecretContract, null);
}

export interface RecentLead extends StoredPortalLead {
  /** The contact's name, or null when it was erased since. */
  contactName: string | null;
}

/** The latest leads with their contact's name (owner and admin read every contact). */
export async function fetchRecentLeads(tenantId: string): Promise<RecentLead[]> {
  const snapshot = await getDocs(
    query(
      collection(db, paths.leads(tenantId)).withConverter(converterOf(leadModel)),
      orderBy('createdAt', 'desc'),
      limit(RECENT_LEADS),
    ),
  );
  const leads = readDocs(snapshot);
  const ids = [...new Set(leads.map((lead) => lead.contactId))];
  const contacts = await Promise.all(ids.map((id) => getDoc(doc(db, paths.contact(tenantId, id)))));
  const names = new Map(
    contacts.map((contact) => {
      const data = contact.data();
      const name = data
        ? contactFullName({ firstName: String(data.firstName ?? ''), lastName: String(data.lastName ?? '') }) ||
          String(data.email ?? '')
        : null;
      return [contact.id, name] as const;
    }),
  );
  return leads.map((lead) => ({ ...lead, contactName: names.get(lead.contactId) ?? null }));
}
