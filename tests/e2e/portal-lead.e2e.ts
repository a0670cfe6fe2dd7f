import { CALLABLES, paths, type PortalLeadInput, type SavePropertyResult } from '@estate/domain';
import { randomBytes } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { waitForMail } from '../support/maildev';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { uniqueEmail } from '../support/users';

/** Clicks with the element in the middle of the window: the sticky header would take a click at the top. */
async function clickCentered(locator: Locator): Promise<void> {
  await locator.evaluate((element: HTMLElement) => element.scrollIntoView({ block: 'center' }));
  await locator.click({ timeout: STEP });
}

describe('admin app: a portal lead arrives and is answered automatically', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let page: Page;
  let property: SavePropertyResult;
  let endpoint: string;
  let secret: string;
  // A name no other run uses, so the clients list shows this lead's prospect only.
  const lastName = `Lefèvre${randomBytes(2).toString('hex')}`;
  const email = uniqueEmail('portal-lead');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence du Littoral', locale: 'fr' });
    property = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: `e2e${randomBytes(6).toString('hex')}`,
        property: {
          dealType: 'sale',
          title: 'Villa vue mer à Biarritz',
          propertyType: 'house',
          address: { postalCode: '64200', city: 'Biarritz' },
          price: 1250000,
          surface: 210,
          rooms: 7,
          status: 'online',
          sellerContactIds: [],
          assignedAgentUid: tenant.owner.uid,
        },
      },
      tenant.owner.idToken,
    );
    page = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the admin creates the secret and turns the auto-responder on in Settings', async () => {
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.waitForURL(/\/settings/, { timeout: STEP });
    await page.getByRole('tab', { name: 'Demandes portails' }).click();
    await page.waitForURL(/\/settings\/portal-leads/, { timeout: STEP });

    await page.getByText('Aucune demande reçue').waitFor({ timeout: STEP });
    await page.getByTestId('create-secret').click();
    await page.getByText('Nouveau secret créé : communiquez-le à vos portails').waitFor({ timeout: STEP });
    // Shown this once: only its hash is stored, so the portal's side takes it from the screen.
    secret = await page.getByTestId('leads-secret').inputValue({ timeout: STEP });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify((await adminDb().doc(paths.leadsSecret(tenant.tenantId)).get()).data())).not.toContain(
      secret,
    );
    endpoint = await page.getByTestId('leads-endpoint').inputValue();
    expect(endpoint).toMatch(new RegExp(`/leads-receivePortalLead/${tenant.tenantId}$`));

    const form = page.getByTestId('auto-responder-form');
    await clickCentered(form.getByRole('switch', { name: 'Répondre automatiquement aux demandes des portails' }));
    await clickCentered(form.getByRole('textbox', { name: 'Phase après la réponse' }));
    await page.getByRole('option', { name: 'Envoi de documentation', exact: true }).click();
    await form.getByTestId('auto-responder-subject-fr').fill('Votre demande pour {{propertyReference}}');
    await clickCentered(form.getByTestId('auto-responder-save'));
    await page.getByText('Répondeur automatique enregistré').waitFor({ timeout: STEP });

    const stored = (await adminDb().doc(paths.autoResponderSettings(tenant.tenantId)).get()).data();
    expect(stored).toMatchObject({
      enabled: true,
      phase: 'documentation-sent',
      templates: { fr: { subject: 'Votre demande pour {{propertyReference}}' } },
    });
  });

  it('a portal posts a lead: the prospect shows with the portal request, and the reply is in MailDev', async () => {
    const lead: PortalLeadInput = {
      portal: 'SeLoger',
      leadId: `SL-${randomBytes(4).toString('hex')}`,
      listingReference: property.reference,
      person: { firstName: 'Manon', lastName, email, phone: '06 11 22 33 44', locale: 'fr' },
      message: 'Bonjour, la villa est-elle encore disponible pour une visite samedi ?',
    };
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(lead),
    });
    expect(response.status).toBe(201);

    const mail = await waitForMail({ to: email, subjectIncludes: property.reference, timeoutMs: STEP });
    expect(mail.subject).toBe(`Votre demande pour ${property.reference}`);
    expect(mail.text).toContain(`Bonjour Manon ${lastName}`);
    expect(mail.text).toContain('Villa vue mer à Biarritz');

    await page.getByRole('button', { name: 'Actualiser' }).click();
    const recent = page.getByTestId('recent-leads');
    await recent.getByText('SeLoger').waitFor({ timeout: STEP });
    await recent.getByRole('link', { name: `Manon ${lastName}` }).waitFor({ timeout: STEP });

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.waitForURL(/\/clients/, { timeout: STEP });
    await page.getByRole('tab', { name: 'Prospects clients' }).click();
    const table = page.getByTestId('clients-table');
    await table.getByText(`Manon ${lastName}`).waitFor({ timeout: STEP });
    await page.getByRole('button', { name: `Actions pour Manon ${lastName}` }).click();
    await page.getByRole('menuitem', { name: 'Historique' }).click();
    await page.waitForURL(/\/clients\/[^/]+\/history/, { timeout: STEP });
    const history = page.getByTestId('history-list');
    await history.getByText('Demande portail', { exact: true }).waitFor({ timeout: STEP });
    await history.getByText(/la villa est-elle encore disponible/).waitFor({ timeout: STEP });
  });
});
