import { randomBytes } from 'node:crypto';
import {
  canSeeContact,
  contactFullName,
  contactModel,
  emailSchema,
  isCollaborator,
  paths,
  pickLocale,
  readClaims,
  type Contact,
  type InviteClientInput,
  type Locale,
  type PortalStatus,
  type Tenant,
  type InviteClientResult,
} from '@estate/domain';
import type { UserRecord } from 'firebase-admin/auth';
import type { Caller } from '../lib/caller';
import { decodeData, toStored } from '../lib/converters';
import type { Deps } from '../lib/deps';
import { contactsLog } from './contacts.log';
import { brandOf, queueMail } from '../lib/mail-outbox';
import { consumeQuotas } from '../lib/quotas';
import { Refusal } from '../lib/refusal';
import { readActor, readTenant, type Actor } from '../lib/staff';
import { readContactsSettings } from './contact-access';
import { runTransaction } from '../lib/transactions';

interface InvitedContact {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
  portalStatus: PortalStatus;
  /** The account that opened this client's space so far, if any. */
  portalUid: string | null;
}

/**
 * What an invitation needs of the contact, read through its model: a contact that does not match its
 * schema is refused (`contact-unreadable`, logged) rather than invited with the visibility and
 * "only a client" checks skipped.
 */
function invitedContact(contact: Contact, tenant: Tenant): InvitedContact {
  const email = emailSchema.safeParse(contact.email);
  if (!email.success)
    throw new Refusal('failed-precondition', 'This contact has no valid email address.', 'contact-without-email');
  return {
    id: contact.id,
    email: email.data,
    firstName: contact.firstName,
    lastName: contact.lastName,
    locale: pickLocale(contact.locale, tenant.locale),
    portalStatus: contact.portal.status,
    portalUid: contact.portal.uid,
  };
}

function conflict(reason: string, message: string): Refusal {
  return new Refusal('failed-precondition', message, reason);
}

/** The Auth account of the client: theirs already, or new. An address already used by staff or another agency is refused. */
async function clientAccount(
  deps: Deps,
  tenantId: string,
  contact: InvitedContact,
): Promise<{ user: UserRecord; created: boolean }> {
  const { auth, db } = deps;
  let user: UserRecord;
  try {
    user = await auth.getUserByEmail(contact.email);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'auth/user-not-found') throw error;
    const created = await auth.createUser({
      email: contact.email,
      displayName: contactFullName(contact) || undefined,
      emailVerified: false,
    });
    return { user: created, created: true };
  }
  const claims = readClaims(user.customClaims);
  const otherTenant = conflict(
    'email-in-other-agency',
    'This email address already has an account with another agency; use another address for this client.',
  );
  const staff = conflict(
    'email-of-staff',
    'This email address belongs to a member of your team; use another address for the client space.',
  );
  if (claims && claims.tenantId !== tenantId) throw otherTenant;
  if (claims && claims.role !== 'client') throw staff;
  if (claims && claims.contactId !== contact.id) {
    throw conflict('email-of-other-client', 'This email address already opens the client space of another contact.');
  }
  if (!claims) {
    const memberships = await db.collectionGroup('members').where('uid', '==', user.uid).limit(1).get();
    const membership = memberships.docs[0];
    if (membership) throw membership.ref.parent.parent?.id === tenantId ? staff : otherTenant;
    // Anyone can register an address they do not own. Before an unverified account becomes this
    // client's, its password and sessions go: only the holder of the mailed link chooses the next one.
    if (!user.emailVerified) {
      await auth.updateUser(user.uid, { password: randomBytes(24).toString('base64url') });
      await auth.revokeRefreshTokens(user.uid);
    }
  }
  return { user, created: false };
}

/** Firebase mails its own reset page; we only keep the one-time code and send our own link to the client app. */
async function firstLoginCode(deps: Deps, email: string): Promise<string> {
  const link = await deps.auth.generatePasswordResetLink(email);
  const code = new URL(link).searchParams.get('oobCode');
  if (!code) throw new Error('the password reset link carries no oobCode');
  return code;
}

/**
 * Opens the client space to a contact: an Auth account with client claims, and a mail with a
 * one-time link to choose a password. Inviting again sends a fresh link.
 */
export async function inviteClient(deps: Deps, caller: Caller, input: InviteClientInput): Promise<InviteClientResult> {
  const { db, auth } = deps;
  const contactRef = (tenantId: string) => db.doc(paths.contact(tenantId, input.contactId));
  const { actor, tenant, contact } = await runTransaction(
    db,
    async (tx) => {
      const actor: Actor = await readActor(db, tx, caller);
      if (!isCollaborator(actor.role))
        throw new Refusal('permission-denied', 'Only collaborators may invite clients.', 'not-collaborator');
      const tenant = await readTenant(db, tx, actor.tenantId);
      const snapshot = await tx.get(contactRef(actor.tenantId));
      if (!snapshot.exists) throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
      const stored = decodeData(contactModel, snapshot.data());
      if (!stored.ok) {
        contactsLog.contactUnreadable(actor.tenantId, input.contactId, 'contacts-inviteClient', stored.issues);
        throw new Refusal(
          'failed-precondition',
          'This contact cannot be read as it is stored; it cannot be invited until it is fixed.',
          'contact-unreadable',
        );
      }
      // Under the "own" setting a collaborator invites only a contact they see; a prospect has no space.
      const settings = await readContactsSettings(db, tx, actor.tenantId);
      if (!canSeeContact(settings.visibility, { uid: actor.uid, role: actor.role }, stored.value))
        throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
      if (stored.value.kind !== 'client')
        throw new Refusal('failed-precondition', 'Only a client gets a client space.', 'not-a-client');
      return { actor, tenant, contact: invitedContact(stored.value, tenant) };
    },
    { readOnly: true },
  );

  // Each invitation mails a fresh link: counted per address and per collaborator before any account changes.
  await consumeQuotas(deps, [
    { scope: 'invitation-address', subject: contact.email },
    { scope: 'invitation-caller', subject: actor.uid },
  ]);
  const { user, created } = await clientAccount(deps, tenant.id, contact);
  if (contact.portalUid && contact.portalUid !== user.uid) {
    // The contact's address changed since the last invitation: the former account loses the space.
    await auth.setCustomUserClaims(contact.portalUid, null);
    await auth.revokeRefreshTokens(contact.portalUid);
  }
  await auth.setCustomUserClaims(user.uid, { tenantId: tenant.id, role: 'client', contactId: contact.id });
  const oobCode = await firstLoginCode(deps, contact.email);
  const link = deps.links.link('client', tenant, '/firstlogin', { oobCode });
  const now = deps.now();
  const status: PortalStatus = contact.portalStatus === 'active' ? 'active' : 'invited';

  let erased = false;
  await runTransaction(db, async (tx) => {
    const snapshot = await tx.get(contactRef(tenant.id));
    erased = !snapshot.exists;
    if (erased) return;
    tx.update(
      snapshot.ref,
      toStored({ portal: { status, uid: user.uid, invitedAt: now, invitedBy: actor.uid }, updatedAt: now }),
    );
    queueMail(
      db,
      tx,
      {
        tenantId: tenant.id,
        to: contact.email,
        locale: contact.locale,
        templateId: 'client-invitation',
        data: { firstName: contact.firstName, agentName: actor.member.displayName, link },
        brand: brandOf(tenant),
        contactId: contact.id,
      },
      now,
    );
  });
  if (erased) {
    // Erased meanwhile, after contacts-eraseContact found no account on it: the account goes with it.
    if (created) await auth.deleteUser(user.uid);
    else await auth.setCustomUserClaims(user.uid, null);
    throw new Refusal('not-found', 'This contact does not exist.', 'contact-not-found');
  }
  contactsLog.clientInvited(tenant.id, contact.id, user.uid, created);
  return { uid: user.uid, status };
}
