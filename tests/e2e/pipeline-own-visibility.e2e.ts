import { CALLABLES, paths, type Contact, type SavePropertyResult } from '@estate/domain';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function seedContact(tenantId: string, agentUid: string, firstName: string, lastName: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    firstName,
    lastName,
    emails: [{ address: `${firstName.toLowerCase()}.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  return ref.id;
}

/**
 * In "own" visibility an agent sees on a property only the interests of their own clients, and the
 * task form finds only their clients: the queries carry the clause the rules demand, so nothing is refused.
 */
describe('admin app: the pipeline in "own" visibility', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let alice: TestUser;
  let bruno: TestUser;
  let page: Page;
  let propertyId = '';
  let camille = '';
  let boris = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Discrète', locale: 'fr' });
    alice = await addActiveMember(tenant, 'agent', 'Alice Agent');
    bruno = await addActiveMember(tenant, 'agent', 'Bruno Agent');
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    camille = await seedContact(tenant.tenantId, alice.uid, 'Camille', 'Durand');
    boris = await seedContact(tenant.tenantId, bruno.uid, 'Boris', 'Durantel');
    ({ propertyId } = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: randomUUID().replace(/-/g, '').slice(0, 20),
        property: {
          dealType: 'sale',
          title: 'Maison avec jardin',
          propertyType: 'house',
          address: { postalCode: '69003', city: 'Lyon' },
          price: 380000,
          surface: 110,
          rooms: 5,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: alice.uid,
        },
      },
      tenant.owner.idToken,
    ));
    for (const contactId of [camille, boris]) {
      await mustCall(CALLABLES.linkContact, { contactId, propertyId }, tenant.owner.idToken);
    }
    page = await signInToAdmin(browser, tenant.tenantId, alice);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the agent their client on the property's Contacts tab, not another agent's", async () => {
    await page.goto(`${runtime().adminUrl}/properties/${propertyId}/contacts`);
    const tab = page.getByTestId('property-contacts');
    await tab.getByRole('link', { name: 'Camille Durand' }).waitFor({ timeout: STEP });
    if ((await tab.getByText('Boris Durantel').count()) > 0) throw new Error("another agent's client is shown");
  });

  it("opens the History tab, and the phase report counts only the agent's interests", async () => {
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.getByTestId('property-history').getByText('Aucun historique').waitFor({ timeout: STEP });
    await page.goto(`${runtime().adminUrl}/reports/phases`);
    await page.getByTestId('report-summary').getByText('Intéressés : 1').waitFor({ timeout: STEP });
  });

  it("lists on the property's History tab the actions with the agent's clients, not another agent's", async () => {
    // Logged by the owner, so only the contacts' visibility (viewerUids, kept by history-onEntryWritten) opens them.
    const history = adminDb().collection(paths.history(tenant.tenantId));
    const logged = [
      { contactId: camille, text: 'Visite avec Camille' },
      { contactId: boris, text: 'Visite avec Boris' },
    ].map(({ contactId, text }) => {
      const ref = history.doc();
      return ref.set({
        id: ref.id,
        type: 'remark',
        occurredAt: new Date(),
        authorUid: tenant.owner.uid,
        contactIds: [contactId],
        propertyId,
        dealId: null,
        text,
        phase: null,
        createdAt: new Date(),
      });
    });
    await Promise.all(logged);
    for (const [viewer, mine, theirs] of [
      [alice, 'Visite avec Camille', 'Visite avec Boris'],
      [bruno, 'Visite avec Boris', 'Visite avec Camille'],
    ] as const) {
      const viewerPage = viewer === alice ? page : await signInToAdmin(browser, tenant.tenantId, viewer);
      await viewerPage.goto(`${runtime().adminUrl}/properties/${propertyId}/history`);
      const list = viewerPage.getByTestId('property-history').getByTestId('history-list');
      await list.getByText(mine).waitFor({ timeout: STEP });
      if ((await list.getByText(theirs).count()) > 0) throw new Error("another agent's client's history is shown");
      if (viewerPage !== page) await viewerPage.close();
    }
  });

  it('finds only their own clients in the task form', async () => {
    await page.getByRole('link', { name: 'Tâches' }).click();
    await page.waitForURL(/\/tasks/, { timeout: STEP });
    await page.getByRole('button', { name: 'Nouvelle tâche' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Concerne', exact: true }).click();
    await page.getByRole('option', { name: 'Client', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Client', exact: true }).fill('Dur');
    await page.getByRole('option', { name: 'Camille Durand' }).waitFor({ timeout: STEP });
    if ((await page.getByRole('option', { name: 'Boris Durantel' }).count()) > 0) {
      throw new Error("another agent's client is offered");
    }
  });

  it('plans a task from the property page, its subject the property', async () => {
    await page.goto(`${runtime().adminUrl}/properties/${propertyId}`);
    await page.getByTestId('property-plan-task').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titre').fill('Photos de la maison');
    await dialog.getByRole('button', { name: 'Créer la tâche' }).click();
    await page.getByText('Tâche planifiée.').waitFor({ timeout: STEP });
    const planned = await adminDb()
      .collection(paths.tasks(tenant.tenantId))
      .where('title', '==', 'Photos de la maison')
      .get();
    expect(planned.docs.map((doc) => doc.get('subject'))).toEqual([
      { kind: 'property', id: propertyId, label: expect.stringMatching(/^V-\d{5} · Maison avec jardin$/) },
    ]);
  });
});
