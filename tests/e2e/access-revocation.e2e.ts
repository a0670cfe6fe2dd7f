import { CALLABLES, paths, type Contact } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { firestoreEmulator, projectId } from '../support/emulator-env';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function seedBuyer(tenantId: string, agentUid: string, firstName: string): Promise<Contact> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact = contactDoc({
    id: ref.id,
    firstName,
    lastName: 'Morel',
    emails: [{ address: `${firstName.toLowerCase()}.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  return contact;
}

/** The ID token the tab's Firebase Auth keeps (IndexedDB), as a script in the tab would take it. */
async function tabIdToken(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('firebaseLocalStorageDb');
        open.onerror = () => reject(new Error('no Firebase Auth storage in the tab'));
        open.onsuccess = () => {
          const all = open.result.transaction('firebaseLocalStorage').objectStore('firebaseLocalStorage').getAll();
          all.onerror = () => reject(new Error('the Firebase Auth storage cannot be read'));
          all.onsuccess = () => {
            const entries = all.result as { value?: { stsTokenManager?: { accessToken?: string } } }[];
            const token = entries.map((entry) => entry.value?.stsTokenManager?.accessToken).find(Boolean);
            if (token) resolve(token);
            else reject(new Error('the tab holds no ID token'));
          };
        };
      }),
  );
}

/** Reads a document from the tab with the given token, as the web SDK would: the HTTP status. */
async function readInTab(page: Page, idToken: string, path: string): Promise<number> {
  const url = `http://${firestoreEmulator.host}:${firestoreEmulator.port}/v1/projects/${projectId}/databases/(default)/documents/${path}`;
  return page.evaluate(
    async ({ url, idToken }) => (await fetch(url, { headers: { authorization: `Bearer ${idToken}` } })).status,
    { url, idToken },
  );
}

describe("admin app: a deactivated agent's open tab reads no more client files", () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let colleague: TestUser;
  let first: Contact;
  let second: Contact;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Accès', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alex Agent');
    colleague = await addActiveMember(tenant, 'agent', 'Chloé Collègue');
    // Each agent sees only their own clients.
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    first = await seedBuyer(tenant.tenantId, agent.uid, 'Boris');
    second = await seedBuyer(tenant.tenantId, agent.uid, 'Clara');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('refuses the token the tab still holds, and the tab leaves the client file with the reason', async () => {
    page = await signInToAdmin(browser, tenant.tenantId, agent);
    const query = `?tenant=${encodeURIComponent(tenant.tenantId)}`;
    await page.goto(`${runtime().adminUrl}/clients/${first.id}${query}`, { timeout: STEP });
    await page.getByTestId('client-file-name').getByText('Boris Morel').waitFor({ timeout: STEP });

    // The tab's own token opens the other client file while the agent is active.
    const token = await tabIdToken(page);
    expect(await readInTab(page, token, paths.contact(tenant.tenantId, second.id))).toBe(200);

    await mustCall(CALLABLES.setMemberActive, { uid: agent.uid, active: false }, tenant.owner.idToken);

    // The token still says agent (it is valid for up to an hour): the rules refuse it all the same.
    expect(await readInTab(page, token, paths.contact(tenant.tenantId, second.id))).toBe(403);
    expect(await readInTab(page, token, paths.contact(tenant.tenantId, first.id))).toBe(403);

    // And the open tab, never reloaded, leaves the client file for the sign-in page and says why.
    await page.waitForURL(/\/signin/, { timeout: STEP });
    await page.getByTestId('sign-out-reason').getByText('Votre compte a été désactivé').waitFor({ timeout: STEP });
    expect(await page.getByTestId('client-file-name').count()).toBe(0);
  });

  it('forgets what the ended session read: a colleague signing in on that tab is refused the file', async () => {
    await page.getByLabel('E-mail').fill(colleague.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(colleague.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/clients/, { timeout: STEP });

    // Still no reload: the app's router is sent to the file the deactivated agent had open.
    const path = `/clients/${first.id}?tenant=${encodeURIComponent(tenant.tenantId)}`;
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await page.getByRole('alert').getByText("Vous n'avez pas les droits pour cette action.").waitFor({ timeout: STEP });
    expect(await page.getByTestId('client-file-name').count()).toBe(0);
  });
});
