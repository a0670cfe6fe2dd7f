import { paths, type Contact } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function seedContact(tenantId: string, agentUid: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    firstName: 'Camille',
    lastName: 'Durand',
    emails: [{ address: `camille.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: agentUid,
    createdBy: agentUid,
  });
  await ref.set(contact);
  return ref.id;
}

/**
 * The phase a function sets arrives a moment after the action: reload the tab until it shows. Two
 * steps, as a function the emulator just reloaded starts cold.
 */
async function waitForPhase(page: Page, phase: string | RegExp): Promise<void> {
  const deadline = Date.now() + 2 * STEP;
  for (;;) {
    // The page first shows the linked contacts (on a busy machine, longer than a phase check waits):
    // only then is a missing phase a phase not moved yet.
    await page.getByTestId('property-contacts').getByTestId('interest-phase').first().waitFor({ timeout: STEP });
    const badge = page.getByTestId('property-contacts').getByTestId('interest-phase');
    const shown = await badge
      .filter({ hasText: phase })
      .waitFor({ timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`the phase "${String(phase)}" did not show within ${2 * STEP} ms`);
    await page.reload();
  }
}

describe('admin app: an agent works a property through its commercialisation phases', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let propertyUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Phases', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    await seedContact(tenant.tenantId, agent.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a property, which gets its reference', async () => {
    await page.getByRole('link', { name: 'Biens', exact: true }).click();
    await page.waitForURL(/\/properties$/, { timeout: STEP });
    await page.getByText("Aucun bien pour l'instant").waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Nouveau bien' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titre').fill('Trois pièces canal Saint-Martin');
    await dialog.getByLabel('Code postal').fill('75010');
    await dialog.getByLabel('Ville').fill('Paris');
    await dialog.getByLabel('Prix').fill('450000');
    await dialog.getByRole('button', { name: 'Créer le bien' }).click();
    await page.waitForURL(/\/properties\/[^/]+$/, { timeout: STEP });
    await page.getByRole('heading', { name: /^V-\d{5} · Trois pièces canal Saint-Martin$/ }).waitFor({ timeout: STEP });
    propertyUrl = page.url();
  });

  it('links a contact, who starts at "request received"', async () => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await page.getByText('Aucun contact lié').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Lier un contact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Contact', { exact: true }).fill('Dur');
    await page.getByRole('option', { name: 'Camille Durand' }).click();
    await dialog.getByRole('button', { name: 'Lier au bien' }).click();
    await waitForPhase(page, 'Demande reçue');
  });

  it('logs a visit about the property in the contact\'s history, and the phase becomes "1st visit"', async () => {
    await page.getByTestId('property-contacts').getByRole('link', { name: 'Camille Durand' }).click();
    await page.waitForURL(/\/clients\/[^/]+\/history/, { timeout: STEP });
    const form = page.getByRole('form', { name: 'Ajouter une action' });
    await form.getByRole('textbox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Visite', exact: true }).click();
    await form.getByRole('textbox', { name: 'Bien', exact: true }).click();
    await page.getByRole('option', { name: /^V-\d{5} · Demande reçue$/ }).click();
    await form.getByLabel('Notes').fill('Visite avec Camille, très intéressée.');
    await form.getByRole('button', { name: "Enregistrer l'action" }).click();
    await page.getByText("Action ajoutée à l'historique.").waitFor({ timeout: STEP });

    await page.goto(`${propertyUrl}/contacts`);
    await waitForPhase(page, '1re visite');
  });

  it("moves the phase by hand and sees the remark in the contact's history", async () => {
    await page.getByRole('button', { name: 'Changer la phase de Camille Durand' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nouvelle phase' }).click();
    await page.getByRole('option', { name: 'Négociation de vente', exact: true }).click();
    await dialog.getByRole('button', { name: 'Changer de phase' }).click();
    const remark = 'Alice Agent a déplacé Camille Durand de « 1re visite » à « Négociation de vente ».';
    await dialog.getByTestId('move-result').getByText(remark).waitFor({ timeout: STEP });
    await dialog.getByRole('link', { name: "Voir dans l'historique du contact" }).click();
    await page.waitForURL(/\/clients\/[^/]+\/history/, { timeout: STEP });
    await page.getByTestId('history-list').getByText(remark).waitFor({ timeout: STEP });
  });

  it('refuses a reservation while the Tracfin file is missing, lists what lacks and leads to the Tracfin tab', async () => {
    await page.goto(`${propertyUrl}/contacts`);
    await page.getByRole('button', { name: 'Changer la phase de Camille Durand' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nouvelle phase' }).click();
    await page.getByRole('option', { name: 'Réservation', exact: true }).click();
    await dialog.getByRole('button', { name: 'Changer de phase' }).click();
    const refusal = dialog.getByTestId('phase-refusal');
    await refusal.getByText('Le dossier Tracfin de cet acquéreur doit être complet').waitFor({ timeout: STEP });
    await refusal
      .getByTestId('tracfin-missing')
      .getByText("Le dossier n'a pas encore été rempli")
      .waitFor({ timeout: STEP });
    await refusal.getByRole('link', { name: 'Compléter le dossier Tracfin' }).click();
    await page.waitForURL(/\/clients\/[^/]+\/tracfin$/, { timeout: STEP });
    await page.getByTestId('tracfin-form').waitFor({ timeout: STEP });

    await page.goto(`${propertyUrl}/contacts`);
    await waitForPhase(page, 'Négociation de vente');
  });

  it("shows the visit and the manual-move remark in the property's History tab", async () => {
    await page.goto(`${propertyUrl}/contacts`);
    await page.getByRole('tab', { name: 'Historique' }).click();
    await page.waitForURL(/\/history$/, { timeout: STEP });
    const list = page.getByTestId('property-history').getByTestId('history-list');
    await list.getByText('Visite avec Camille, très intéressée.').waitFor({ timeout: STEP });
    await list
      .getByText('Alice Agent a déplacé Camille Durand de « 1re visite » à « Négociation de vente ».')
      .waitFor({ timeout: STEP });
    await list.getByRole('link', { name: 'Camille Durand' }).first().waitFor({ timeout: STEP });
  });

  it('logs an action from the property, prefilled with it, and sees it in its history', async () => {
    await page.getByTestId('property-log-action').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Client concerné').fill('Dur');
    await page.getByRole('option', { name: /Camille Durand/ }).click();
    const form = dialog.getByRole('form', { name: 'Ajouter une action' });
    await form.getByRole('textbox', { name: 'Bien', exact: true }).waitFor({ timeout: STEP });
    // The property is chosen already: offered under its reference (with the contact's phase once loaded).
    expect(await form.getByRole('textbox', { name: 'Bien', exact: true }).inputValue()).toMatch(/^V-\d{5} · /);
    await form.getByLabel('Notes').fill('Appel : Camille confirme son financement.');
    await form.getByRole('button', { name: "Enregistrer l'action" }).click();
    await page.getByText("Action ajoutée à l'historique.").waitFor({ timeout: STEP });
    await page
      .getByTestId('property-history')
      .getByTestId('history-list')
      .getByText('Appel : Camille confirme son financement.')
      .waitFor({ timeout: STEP });
  });

  it('plans a task on the property and sees it in the day view', async () => {
    const reference = /^(V-\d{5}) · /.exec(
      (await page.getByRole('heading', { name: /^V-\d{5} · / }).textContent()) ?? '',
    )?.[1];
    expect(reference).toBeTruthy();
    await page.getByRole('link', { name: 'Tâches' }).click();
    await page.waitForURL(/\/tasks/, { timeout: STEP });
    await page.getByRole('button', { name: 'Nouvelle tâche' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titre').fill('Préparer le compromis');
    await dialog.getByLabel('Échéance').fill(`${new Date().toISOString().slice(0, 10)}T12:00`);
    await dialog.getByRole('textbox', { name: 'Concerne', exact: true }).click();
    await page.getByRole('option', { name: 'Bien', exact: true }).click();
    await dialog.getByTestId('task-property').fill(reference ?? '');
    await page.getByRole('option', { name: `${reference} · Trois pièces canal Saint-Martin` }).click();
    await dialog.getByRole('button', { name: 'Créer la tâche' }).click();
    await page.getByText('Tâche planifiée.').waitFor({ timeout: STEP });

    await page.getByRole('radio', { name: 'Calendrier' }).evaluate((radio: HTMLElement) => radio.click());
    const calendar = page.getByTestId('tasks-calendar');
    await calendar.getByRole('button', { name: 'Jour', exact: true }).click();
    await calendar.locator('.fc-timeGridDay-view').waitFor({ timeout: STEP });
    await calendar.getByText('Préparer le compromis').click();
    await page.getByTestId('task-detail').waitFor({ timeout: STEP });
    await page
      .getByRole('dialog')
      .getByText(`Bien · ${reference} · Trois pièces canal Saint-Martin`)
      .waitFor({ timeout: STEP });
    await page.keyboard.press('Escape');
  });

  it("shows the agency's own name of a phase once the owner renames it in Settings › Phases", async () => {
    const owner = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await owner.getByRole('link', { name: 'Paramètres' }).click();
    await owner.getByRole('tab', { name: 'Phases' }).click();
    const panel = owner.getByTestId('pipeline-settings');
    await panel.getByLabel('7. Négociation de vente').fill('Négociation');
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await owner.getByText('Phases enregistrées.').waitFor({ timeout: STEP });
    await owner.context().close();

    await page.goto(`${propertyUrl}/contacts`);
    await waitForPhase(page, /^Négociation$/);
  });
});
