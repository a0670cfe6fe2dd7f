import { paths } from '@estate/domain';
import { FieldValue } from 'firebase-admin/firestore';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { linkIn, waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

const PRIMARY = '#2f9e44';
const PRIMARY_RGB = 'rgb(47, 158, 68)';

describe('an agent invites a client from the admin app; the client opens the mail and signs in', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Verte', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    await adminDb().doc(paths.tenant(tenant.tenantId)).update({
      'branding.primaryColor': PRIMARY,
      updatedAt: FieldValue.serverTimestamp(),
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('goes from "Nouveau client" to the client space in the agency colours', async () => {
    const clientEmail = uniqueEmail('buyer');
    const admin = await (await browser.newContext()).newPage();
    await admin.goto(`${runtime().adminUrl}/signin?tenant=${tenant.tenantId}`, { timeout: STEP });
    await admin.getByLabel('E-mail').fill(agent.email);
    await admin.getByLabel('Mot de passe', { exact: true }).fill(agent.password);
    await admin.getByRole('button', { name: 'Se connecter' }).click();
    await admin.waitForURL(/\/clients/, { timeout: STEP });

    await admin.getByRole('button', { name: 'Nouveau client' }).first().click();
    const form = admin.getByRole('dialog');
    await form.getByLabel('Prénom').fill('Lucie');
    await form.getByLabel('Nom', { exact: true }).fill('Fontaine');
    await form.getByLabel('E-mail', { exact: true }).fill(clientEmail);
    await form.getByRole('button', { name: 'Créer le client' }).click();
    await admin.getByText('Lucie Fontaine a été ajouté').waitFor({ timeout: STEP });

    const row = admin.getByRole('row').filter({ hasText: clientEmail });
    await row.waitFor({ timeout: STEP });
    await row.getByRole('button', { name: 'Actions pour Lucie Fontaine' }).click();
    await admin.getByRole('menuitem', { name: "Inviter dans l'espace client" }).click();
    await admin.getByRole('dialog').getByRole('button', { name: "Envoyer l'invitation" }).click();
    await admin.getByText(`Invitation envoyée à ${clientEmail}`).waitFor({ timeout: STEP });

    const mail = await waitForMail({ to: clientEmail, subjectIncludes: 'Agence Verte', timeoutMs: 30_000 });
    expect(mail.text).toContain('Sophie Agent');
    const link = linkIn(mail, '/firstlogin');
    expect(link.startsWith(`${runtime().clientUrl}/firstlogin?`)).toBe(true);

    const client = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await client.goto(link, { timeout: STEP });
    await client.getByLabel('Nouveau mot de passe').fill('Client-pass-2026');
    await client.getByLabel('Confirmez le mot de passe').fill('Client-pass-2026');
    await client.keyboard.press('Enter');
    await client.waitForURL((url) => url.pathname === '/', { timeout: STEP });
    await client.getByTestId('greeting').getByText('Lucie').waitFor({ timeout: STEP });
    const background = await client
      .getByTestId('greeting-card')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe(PRIMARY_RGB);

    await admin.reload();
    await admin
      .getByRole('row')
      .filter({ hasText: clientEmail })
      .getByText('Actif', { exact: true })
      .waitFor({ timeout: STEP });
  });
});
