import { paths, type Contact } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

type Person = Pick<Contact, 'firstName' | 'lastName' | 'phone' | 'clientType'>;

const PEOPLE: Person[] = [
  { firstName: 'Élodie', lastName: 'Lefèvre', phone: '+33612345678', clientType: 'seller' },
  { firstName: 'Marc', lastName: 'Marchand', phone: '+33798765432', clientType: 'buyer' },
  { firstName: 'Manon', lastName: 'Marais', phone: '', clientType: 'tenant' },
  { firstName: 'Фёдор', lastName: 'Кузнецов', phone: '+79001234567', clientType: 'landlord' },
];

/** Writes full stored contacts (as the contacts-* callables do), and waits for their tokens. */
async function writeContacts(tenantId: string, agentUid: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const person of PEOPLE) {
    const ref = adminDb().collection(paths.contacts(tenantId)).doc();
    const { phone, ...rest } = person;
    const contact: Contact = contactDoc({
      id: ref.id,
      ...rest,
      emails: [
        {
          // A valid address, as the callables would have required: no accent in its local part.
          address: uniqueEmail(
            person.lastName === 'Кузнецов'
              ? 'fedor'
              : person.firstName
                  .normalize('NFD')
                  .replace(/[\u0300-\u036f]/g, '')
                  .toLowerCase(),
          ),
          label: 'personal',
        },
      ],
      phones: phone ? [{ number: phone, label: 'mobile' }] : [],
      locale: person.lastName === 'Кузнецов' ? 'ru' : 'fr',
      assignedAgentUid: agentUid,
      createdBy: agentUid,
    });
    await ref.set(contact);
    ids.set(person.lastName, ref.id);
  }
  const deadline = Date.now() + 30_000;
  for (const id of ids.values()) {
    const ref = adminDb().doc(paths.contact(tenantId, id));
    while (!Array.isArray((await ref.get()).get('searchTokens'))) {
      if (Date.now() > deadline) throw new Error(`contacts-onContactWritten gave ${id} no tokens within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  return ids;
}

describe('admin app: an agent finds a contact from the top bar', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let ids: Map<string, string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Recherche', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    ids = await writeContacts(tenant.tenantId, agent.uid);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds by a name typed without accents, by a phone fragment, and opens the pick made with the keyboard', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    const box = page.getByLabel('Rechercher un contact');
    const results = page.getByTestId('quick-search-results');

    // The shortcut reaches the box from anywhere.
    await page.getByRole('heading', { name: 'Clients' }).click();
    await page.keyboard.press('Control+k');
    await expect.poll(() => box.evaluate((input) => input === document.activeElement), { timeout: STEP }).toBe(true);

    await page.keyboard.type('lefe');
    const elodie = results.getByRole('option', { name: 'Élodie Lefèvre' });
    await elodie.waitFor({ timeout: STEP });
    expect(await elodie.locator('mark').first().textContent()).toBe('Lefè');
    expect(await elodie.textContent()).toContain('Vendeur');
    expect(await results.getByRole('option').count()).toBe(1);

    await box.fill('06 12 34');
    // The answers of "lefe" stay while those of the phone load: wait for the phone's highlight.
    await elodie.locator('mark', { hasText: '6 12 34' }).waitFor({ timeout: STEP });
    expect(await elodie.locator('mark').textContent()).toBe('6 12 34');

    await box.fill('фед');
    await results.getByRole('option', { name: 'Фёдор Кузнецов' }).waitFor({ timeout: STEP });

    await box.fill('zzzz');
    await results.getByText('Aucun résultat').waitFor({ timeout: STEP });

    await box.press('Escape');
    await results.waitFor({ state: 'hidden', timeout: STEP });

    // Two answers, sorted by last name: Marais then Marchand; the second is picked with the arrow keys.
    await box.fill('mar');
    await results.getByRole('option', { name: 'Marc Marchand' }).waitFor({ timeout: STEP });
    await results.getByRole('option', { name: 'Manon Marais' }).waitFor({ timeout: STEP });
    await box.press('ArrowDown');
    await box.press('Enter');

    // The pick opens the contact's file.
    await page.waitForURL((url) => url.pathname === `/clients/${ids.get('Marchand')}`, { timeout: STEP });
    await page.getByTestId('client-file-name').getByText('Marc Marchand').waitFor({ timeout: STEP });
  });

  it('on a phone, the search opens in its own window', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${runtime().adminUrl}/signin?tenant=${encodeURIComponent(tenant.tenantId)}`, { timeout: STEP });
    await page.getByLabel('E-mail').fill(agent.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(agent.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/clients/, { timeout: STEP });

    await page.getByRole('button', { name: 'Ouvrir la recherche' }).click();
    const window = page.getByRole('dialog', { name: 'Rechercher un contact' });
    await window.waitFor({ timeout: STEP });
    await window.getByLabel('Rechercher un contact').fill('Lefèvre');
    await page.getByRole('option', { name: 'Élodie Lefèvre' }).click();
    await page.waitForURL((url) => url.pathname === `/clients/${ids.get('Lefèvre')}`, { timeout: STEP });
    await page.getByTestId('client-file-name').getByText('Élodie Lefèvre').waitFor({ timeout: STEP });
  });
});
