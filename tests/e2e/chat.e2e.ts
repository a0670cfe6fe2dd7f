import { CALLABLES, paths, threadIdOf } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { linkIn, waitForMail } from '../support/maildev';
import { createTenantWithOwner } from '../support/tenants';
import { uniqueEmail } from '../support/users';

describe('chat: a question from the client and its reply', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the client asks on a phone, the agent sees it unread in Messagerie and answers, the client reads it', async () => {
    const tenant = await createTenantWithOwner({ agencyName: 'Agence Conversation', locale: 'fr' });
    const email = uniqueEmail('chat-client');
    const ref = adminDb().collection(paths.contacts(tenant.tenantId)).doc();
    await ref.set(
      contactDoc({
        id: ref.id,
        firstName: 'Camille',
        lastName: 'Questionneuse',
        emails: [{ address: email, label: 'personal' }],
        email,
        assignedAgentUid: tenant.owner.uid,
      }),
    );
    // The invitation itself is the client-invitation journey's: here the account gets its password directly.
    const invited = await mustCall<{ uid: string }>(
      CALLABLES.inviteClient,
      { contactId: ref.id },
      tenant.owner.idToken,
    );
    await adminAuth().updateUser(invited.uid, { password: 'Client-pass-2026' });

    // The client, on a phone, asks a question in the general thread.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      timezoneId: 'UTC',
      serviceWorkers: 'block',
    });
    const client = await phone.newPage();
    await client.goto(`${runtime().clientUrl}/signin?tenant=${tenant.tenantId}`, { timeout: STEP });
    await client.getByLabel('Adresse e-mail').fill(email);
    await client.getByLabel('Mot de passe').fill('Client-pass-2026');
    await client.keyboard.press('Enter');
    await client.waitForURL((url) => url.pathname === '/', { timeout: STEP });
    await client
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await client.getByRole('heading', { name: 'Messages' }).waitFor({ timeout: STEP });
    await client.getByTestId('client-thread').filter({ hasText: 'Questions générales' }).click();
    await client.waitForURL('**/messages/general', { timeout: STEP });
    await client.getByTestId('client-message-text').fill('Bonjour,\npeut-on visiter samedi matin ?');
    await client.getByTestId('client-message-send').click();
    await client
      .getByTestId('client-message')
      .filter({ hasText: 'peut-on visiter samedi matin ?' })
      .waitFor({ timeout: STEP });

    // chat-onMessageCreated opens the thread; then the agent finds it unread in Messagerie and answers.
    const threadId = threadIdOf(ref.id, null);
    // Bounded, and longer than a step: the emulator may deliver the event late while it is busy.
    const deadline = Date.now() + 2 * STEP;
    while (!(await adminDb().doc(paths.thread(tenant.tenantId, threadId)).get()).exists) {
      if (Date.now() > deadline) throw new Error('the thread was not opened');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const agent = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await agent.getByRole('link', { name: 'Messagerie' }).click();
    const row = agent.getByTestId('chat-inbox-thread').filter({ hasText: 'Camille Questionneuse' });
    await row.getByTestId('chat-unread').waitFor({ timeout: STEP });
    await row.click();
    await agent
      .getByTestId('chat-message')
      .filter({ hasText: 'peut-on visiter samedi matin ?' })
      .waitFor({ timeout: STEP });
    await agent.getByTestId('chat-reply-text').fill('Oui, samedi à 10 h, je vous y attends.');
    await agent.getByTestId('chat-reply-send').click();
    await agent.getByTestId('chat-message').filter({ hasText: 'samedi à 10 h' }).waitFor({ timeout: STEP });
    // Opened, the thread is read: its unread badge is gone from the inbox.
    await row.getByTestId('chat-unread').waitFor({ state: 'detached', timeout: STEP });

    // The client sees the reply, marked new.
    await client.reload({ timeout: STEP });
    await client.getByTestId('client-message').filter({ hasText: 'samedi à 10 h' }).waitFor({ timeout: STEP });
    await client.getByTestId('client-new-marker').waitFor({ timeout: STEP });

    // One grouped mail each way, with a link back into the conversation.
    const toAgent = await waitForMail({
      to: tenant.owner.email,
      subjectIncludes: 'Message de Camille',
      timeoutMs: STEP,
    });
    expect(toAgent.text).toContain('peut-on visiter samedi matin ?');
    expect(linkIn(toAgent, `/messages/${threadId}`)).toContain(`/messages/${threadId}`);
    const toClient = await waitForMail({ to: email, subjectIncludes: 'vous a répondu', timeoutMs: 2 * STEP });
    expect(toClient.text).toContain('samedi à 10 h');
    expect(linkIn(toClient, '/messages/general')).toContain('/messages/general');

    await phone.close();
  });
});
