import { CALLABLES, paths, type Contact, type Room } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

/** Today in UTC, the browser's zone here: `2026-11-25`. */
const today = new Date().toISOString().slice(0, 10);

async function seedContact(tenantId: string, createdBy: string): Promise<void> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const contact: Contact = contactDoc({
    id: ref.id,
    firstName: 'Camille',
    lastName: 'Durand',
    emails: [{ address: `camille.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
    assignedAgentUid: createdBy,
    createdBy,
  });
  await ref.set(contact);
}

async function seedRoom(tenantId: string, name: string): Promise<string> {
  const ref = adminDb().collection(paths.rooms(tenantId)).doc();
  const now = new Date();
  const room: Room = { id: ref.id, name, capacity: 8, active: true, createdAt: now, updatedAt: now };
  await ref.set(room);
  return ref.id;
}

/** Picks an option of a Mantine Select inside the dialog. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('admin app: an agent logs history and plans tasks', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Agenda', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    await seedContact(tenant.tenantId, agent.uid);
    page = await signInToAdmin(browser, tenant.tenantId, agent);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('logs a call on a client and sees it in the history', async () => {
    await page.getByRole('button', { name: 'Actions pour Camille Durand' }).click();
    await page.getByRole('menuitem', { name: 'Historique' }).click();
    await page.waitForURL(/\/clients\/[^/]+\/history/, { timeout: STEP });
    await page.getByRole('heading', { name: 'Historique de Camille Durand' }).waitFor({ timeout: STEP });
    await page.getByText('Aucun historique').waitFor({ timeout: STEP });

    await page.getByLabel('Notes').fill('Appel : elle souhaite une seconde visite samedi.');
    await page.getByRole('button', { name: "Enregistrer l'action" }).click();
    await page.getByText("Action ajoutée à l'historique.").waitFor({ timeout: STEP });
    const list = page.getByTestId('history-list');
    await list.getByText('Appel : elle souhaite une seconde visite samedi.').waitFor({ timeout: STEP });
    await list.getByText('Appel', { exact: true }).waitFor({ timeout: STEP });
    await list.getByText(/Alice Agent/).waitFor({ timeout: STEP });
  });

  it('plans a task for today and sees it in the day view of the calendar', async () => {
    await page.getByRole('link', { name: 'Tâches' }).click();
    await page.waitForURL(/\/tasks/, { timeout: STEP });
    await page.getByRole('button', { name: 'Nouvelle tâche' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Titre').fill('Rappeler Camille Durand');
    await dialog.getByLabel('Échéance').fill(`${today}T12:00`);
    await choose(page, 'Concerne', 'Client');
    await dialog.getByRole('textbox', { name: 'Client', exact: true }).fill('Dur');
    await page.getByRole('option', { name: 'Camille Durand' }).click();
    await dialog.getByRole('button', { name: 'Créer la tâche' }).click();
    await page.getByText('Tâche planifiée.').waitFor({ timeout: STEP });
    await page.getByTestId('tasks-table').getByText('Rappeler Camille Durand').waitFor({ timeout: STEP });

    await page.getByRole('radio', { name: 'Calendrier' }).evaluate((radio: HTMLElement) => radio.click());
    const calendar = page.getByTestId('tasks-calendar');
    await calendar.getByRole('button', { name: 'Jour', exact: true }).click();
    await calendar.locator('.fc-timeGridDay-view').waitFor({ timeout: STEP });
    await calendar.getByText('Rappeler Camille Durand').click();
    await page.getByTestId('task-detail').waitFor({ timeout: STEP });
    await page.getByRole('dialog').getByText('Camille Durand', { exact: false }).first().waitFor({ timeout: STEP });
    await page.keyboard.press('Escape');
  });

  it('refuses a second meeting in the same room at an overlapping time, with the message', async () => {
    const roomId = await seedRoom(tenant.tenantId, 'Salle bleue');
    await mustCall(
      CALLABLES.saveTask,
      {
        taskId: null,
        type: 'meeting',
        title: 'Signature Martin',
        dueAt: `${today}T15:00:00.000Z`,
        endAt: `${today}T16:00:00.000Z`,
        assigneeUid: tenant.owner.uid,
        subject: { kind: 'agency', id: null, label: 'Agence Agenda' },
        project: '',
        text: '',
        roomId,
      },
      tenant.owner.idToken,
    );

    await page.getByRole('button', { name: 'Nouvelle tâche' }).first().click();
    const dialog = page.getByRole('dialog');
    await choose(page, 'Type', 'Rendez-vous');
    await dialog.getByLabel('Titre').fill('Visite Durand');
    await dialog.getByLabel('Début').fill(`${today}T15:30`);
    await dialog.getByLabel('Fin').fill(`${today}T16:30`);
    await dialog.getByPlaceholder('Aucune salle', { exact: true }).click({ timeout: STEP });
    await page.getByRole('option', { name: 'Salle bleue', exact: true }).click();
    await dialog.getByRole('button', { name: 'Créer la tâche' }).click();
    const error = page.getByTestId('task-form-error');
    await error.waitFor({ timeout: STEP });
    expect(await error.textContent()).toMatch(
      /Salle bleue est déjà réservée de .*15:00 à 16:00 \(« Signature Martin »\)/,
    );
    const booked = await adminDb().collection(paths.tasks(tenant.tenantId)).where('roomId', '==', roomId).get();
    expect(booked.size).toBe(1);
  });
});
