import { paths } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

async function seedContact(tenantId: string, agentUid: string): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  await ref.set(
    contactDoc({
      id: ref.id,
      firstName: 'Camille',
      lastName: 'Durand',
      emails: [{ address: `camille.${ref.id.toLowerCase()}@example.com`, label: 'personal' }],
      assignedAgentUid: agentUid,
      createdBy: agentUid,
    }),
  );
  return ref.id;
}

describe('admin app: a client is deleted on request', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let admin: TestUser;
  let agent: TestUser;
  let contactId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Effacement', locale: 'fr' });
    admin = await addActiveMember(tenant, 'admin', 'Adèle Admin');
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    contactId = await seedContact(tenant.tenantId, agent.uid);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an agent asks for the deletion from the client file, and the admins are mailed', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.goto(`${runtime().adminUrl}/clients/${contactId}?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByTestId('client-file-name').getByText('Camille Durand').waitFor({ timeout: STEP });
    await page.getByTestId('erase-contact').waitFor({ state: 'detached', timeout: STEP });

    await page.getByTestId('request-deletion').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Demander la suppression de Camille Durand').waitFor({ timeout: STEP });
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await dialog.getByText('Ce champ est obligatoire').waitFor({ timeout: STEP });
    await dialog.getByLabel('Motif').fill('La cliente demande la suppression de ses données.');
    await dialog.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByText('Demande de suppression envoyée').waitFor({ timeout: STEP });
    await page.getByTestId('deletion-pending').waitFor({ timeout: STEP });
    await page.getByTestId('request-deletion').waitFor({ state: 'detached', timeout: STEP });

    const mail = await waitForMail({ to: admin.email, subjectIncludes: 'Camille Durand' });
    expect(mail.text).toContain('Alice Agent demande la suppression du client Camille Durand');
    await page.context().close();
  });

  it('the admin erases the client from the deletion requests page; the log keeps one entry, without the name', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, admin);
    await page.getByRole('link', { name: 'Demandes de suppression' }).click();
    await page.waitForURL(/\/deletion-requests/, { timeout: STEP });
    const requests = page.getByTestId('deletion-requests');
    await requests.getByText('Camille Durand').waitFor({ timeout: STEP });
    await requests.getByText('Alice Agent').waitFor({ timeout: STEP });
    await requests.getByText('La cliente demande la suppression de ses données.').waitFor({ timeout: STEP });
    await page.getByText('Aucun effacement').waitFor({ timeout: STEP });

    await page.getByTestId(`erase-request-${contactId}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("L'effacement est irréversible", { exact: false }).waitFor({ timeout: STEP });
    const confirm = dialog.getByTestId('erase-contact-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByTestId('erase-confirm-name').fill('Camille Dupont');
    await dialog.getByText('Le nom saisi ne correspond pas').waitFor({ timeout: STEP });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByTestId('erase-confirm-name').fill('camille durand');
    await confirm.click();
    await page.getByText('Le client a été effacé').waitFor({ timeout: STEP });

    await page.getByText('Aucune demande en attente').waitFor({ timeout: STEP });
    const log = page.getByTestId('erasure-log');
    await log.getByText("Suppression décidée par l'agence").waitFor({ timeout: STEP });
    await log.getByText('Adèle Admin').waitFor({ timeout: STEP });
    expect(await page.getByTestId('erasure-entry').count()).toBe(1);
    expect(await log.textContent()).not.toContain('Durand');

    expect((await adminDb().doc(paths.contact(tenant.tenantId, contactId)).get()).exists).toBe(false);
    await page.goto(`${runtime().adminUrl}/clients/${contactId}?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByTestId('client-file-name').waitFor({ state: 'detached', timeout: STEP });
    await page.getByRole('alert').waitFor({ timeout: STEP });
  });
});
