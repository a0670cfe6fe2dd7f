import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '@estate/domain';
import { contactDoc, mailDoc, serverTime, firestoreRulesEnvOfSuite } from './fixtures';
import { CONTACT, dbOf, OTHER_CONTACT, OTHER_TENANT, seed, TENANT, type PersonaName } from './rules-env';

const env = firestoreRulesEnvOfSuite();

/**
 * A mail about a client (linked to a contact), an access request mailed to the owner (not linked), and
 * a client's invitation, which carries a sign-in link and so is readable by nobody.
 */
const CLIENT_MAIL = 'decision-anna';
const TEAM_MAIL = 'access-request-paul';
const SIGN_IN_MAIL = 'invitation-anna';

beforeEach(async () => {
  await env.clearFirestore();
  await seed(env, {
    [paths.contact(TENANT, CONTACT)]: contactDoc(CONTACT),
    [paths.mail(TENANT, CLIENT_MAIL)]: mailDoc(CONTACT),
    [paths.mail(TENANT, TEAM_MAIL)]: mailDoc(null),
    [paths.mail(TENANT, SIGN_IN_MAIL)]: mailDoc(CONTACT, true),
    [paths.mail(OTHER_TENANT, CLIENT_MAIL)]: mailDoc(CONTACT),
  });
});

const mailRef = (persona: PersonaName, mailId: string, tenantId = TENANT) =>
  dbOf(env, persona).doc(paths.mail(tenantId, mailId));
const mailsOf = (persona: PersonaName, tenantId = TENANT) => dbOf(env, persona).collection(paths.mails(tenantId));
/** The mail log as the apps must ask for it: without the mails that carry a sign-in link. */
const logOf = (persona: PersonaName, tenantId = TENANT) => mailsOf(persona, tenantId).where('sensitive', '==', false);

/** Nobody reads a mail that carries a sign-in link, not even the owner: it would hand over the account. */
function itCannotReadSignInMail(persona: PersonaName): void {
  it('cannot read a mail that carries a sign-in link, nor list the log without excluding them', async () => {
    await assertFails(mailRef(persona, SIGN_IN_MAIL).get());
    await assertFails(mailsOf(persona).where('contactId', '==', CONTACT).get());
    await assertFails(mailsOf(persona).orderBy('createdAt', 'desc').get());
  });
}

/** Mail is created by the functions that send it and delivered by mail-onMailWritten: nobody writes it. */
function itCannotWriteMail(persona: PersonaName): void {
  it('cannot queue, alter or delete a mail', async () => {
    await assertFails(mailRef(persona, 'forged').set({ ...mailDoc(CONTACT), createdAt: serverTime() }));
    await assertFails(mailRef(persona, CLIENT_MAIL).update({ 'delivery.state': 'PENDING', 'delivery.attempts': 0 }));
    await assertFails(mailRef(persona, CLIENT_MAIL).update({ to: 'attacker@example.com' }));
    await assertFails(mailRef(persona, TEAM_MAIL).delete());
  });
}

for (const persona of ['owner', 'admin'] as const) {
  describe(persona, () => {
    it('reads the whole mail log, including mails about nobody in particular', async () => {
      await assertSucceeds(mailRef(persona, TEAM_MAIL).get());
      await assertSucceeds(mailRef(persona, CLIENT_MAIL).get());
      const log = await assertSucceeds(logOf(persona).orderBy('createdAt', 'desc').get());
      expect(log.size).toBe(2);
    });

    it('cannot read the mail log of another tenant', async () => {
      await assertFails(mailRef(persona, CLIENT_MAIL, OTHER_TENANT).get());
      await assertFails(logOf(persona, OTHER_TENANT).get());
    });

    itCannotReadSignInMail(persona);

    itCannotWriteMail(persona);
  });
}

for (const persona of ['manager', 'agent'] as const) {
  describe(persona, () => {
    it("reads a client's mails, one by one and as the list filtered on the contact", async () => {
      await assertSucceeds(mailRef(persona, CLIENT_MAIL).get());
      const mails = await assertSucceeds(logOf(persona).where('contactId', '==', CONTACT).get());
      expect(mails.size).toBe(1);
    });

    itCannotReadSignInMail(persona);

    it('cannot read a mail linked to no contact (the team mail log is for owner and admin)', async () => {
      await assertFails(mailRef(persona, TEAM_MAIL).get());
    });

    it('cannot list the whole mail log', async () => {
      await assertFails(logOf(persona).get());
      await assertFails(logOf(persona).where('contactId', '==', null).get());
    });

    it("cannot read another tenant's client mails", async () => {
      await assertFails(mailRef(persona, CLIENT_MAIL, OTHER_TENANT).get());
    });

    itCannotWriteMail(persona);
  });
}

const outsiders: [PersonaName, string][] = [
  ['partner', 'partner'],
  ['client', 'client of this contact'],
  ['otherClient', 'client of another contact'],
  ['pending', 'pending user without claims'],
  ['otherTenant', 'user of another tenant'],
  ['anonymous', 'anonymous'],
];

for (const [persona, title] of outsiders) {
  describe(title, () => {
    it('cannot read a mail, not even one about its own contact', async () => {
      await assertFails(mailRef(persona, CLIENT_MAIL).get());
      await assertFails(mailRef(persona, TEAM_MAIL).get());
    });

    it('cannot list the mails', async () => {
      await assertFails(logOf(persona).where('contactId', '==', CONTACT).get());
      await assertFails(mailRef(persona, SIGN_IN_MAIL).get());
    });

    itCannotWriteMail(persona);
  });
}

describe('user of another tenant, in its own tenant', () => {
  it('reads its own mail log', async () => {
    await assertSucceeds(mailRef('otherTenant', CLIENT_MAIL, OTHER_TENANT).get());
  });

  it('cannot write its own mail log either', async () => {
    await assertFails(mailRef('otherTenant', 'forged', OTHER_TENANT).set(mailDoc(null)));
  });
});

/**
 * Under the "own" visibility setting a collaborator reads the mails of the contacts they see only:
 * the agent those of their clients, not those of a colleague's client; owner and admin everything.
 */
describe('own visibility', () => {
  const COLLEAGUE_MAIL = 'decision-boris';

  beforeEach(async () => {
    await seed(env, {
      [paths.contactsSettings(TENANT)]: { visibility: 'own', origins: [], updatedAt: new Date() },
      [paths.contact(TENANT, OTHER_CONTACT)]: { ...contactDoc(OTHER_CONTACT), assignedAgentUid: 'colleague-agent' },
      [paths.mail(TENANT, COLLEAGUE_MAIL)]: mailDoc(OTHER_CONTACT),
    });
  });

  it("lets the agent read their client's mails, one by one and as the filtered list", async () => {
    await assertSucceeds(mailRef('agent', CLIENT_MAIL).get());
    const mails = await assertSucceeds(logOf('agent').where('contactId', '==', CONTACT).get());
    expect(mails.size).toBe(1);
  });

  it("refuses the agent the mails of a colleague's client", async () => {
    await assertFails(mailRef('agent', COLLEAGUE_MAIL).get());
    await assertFails(logOf('agent').where('contactId', '==', OTHER_CONTACT).get());
  });

  it('refuses the manager the mails of a client outside their team', async () => {
    await assertFails(mailRef('manager', COLLEAGUE_MAIL).get());
  });

  it('lets owner and admin read every mail', async () => {
    await assertSucceeds(mailRef('owner', COLLEAGUE_MAIL).get());
    await assertSucceeds(mailRef('admin', COLLEAGUE_MAIL).get());
  });
});
