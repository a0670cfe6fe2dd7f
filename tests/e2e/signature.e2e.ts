import { paths } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { linkIn, waitForMail } from '../support/maildev';
import { drawAndSign } from '../support/signing-page';
import { codeIn, createSignatureRequest } from '../support/signatures';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';
import { eventually } from '../functions/function-fixtures';

describe('a seller signs a mandate from the mail, and the agent opens the signed PDF', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let requestId = '';
  const seller = uniqueEmail('seller');

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Signature', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    const request = await createSignatureRequest(tenant.tenantId, agent.uid, [
      { name: 'Sophie Vendeuse', email: seller },
    ]);
    requestId = request.id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the seller opens the link from MailDev on the client host, confirms the code, draws and signs', async () => {
    const invitation = await waitForMail({ to: seller, subjectIncludes: 'Document à signer' });
    // The link names the client host; locally every tenant shares its port and the link says `tenant=`.
    const link = new URL(linkIn(invitation, '/sign/'));
    expect(link.searchParams.get('tenant')).toBe(tenant.tenantId);
    const signingUrl = `${runtime().clientUrl}${link.pathname}${link.search}`;

    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(signingUrl, { timeout: STEP });
    await page.getByTestId('signing-title').waitFor({ timeout: STEP });
    await page.getByTestId('signing-document').waitFor({ timeout: STEP });

    await page.getByRole('button', { name: 'M’envoyer un code' }).click();
    const codeMail = await waitForMail({ to: seller, subjectIncludes: 'code de signature' });
    // A wrong code first: the page says how many tries are left.
    const code = codeIn(codeMail.text);
    const wrong = code === '111111' ? '222222' : '111111';
    await page.getByRole('textbox').first().click();
    await page.keyboard.type(wrong);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByTestId('signing-code-error').getByText('Essais restants : 4').waitFor({ timeout: STEP });
    await page.getByRole('textbox').first().click();
    await page.keyboard.type(code);
    await page.getByRole('button', { name: 'Vérifier' }).click();

    await drawAndSign(page);

    const stored = await eventually(async () => {
      const snapshot = await adminDb().doc(paths.signatureRequest(tenant.tenantId, requestId)).get();
      if (snapshot.get('status') !== 'signed') throw new Error('not signed yet');
      return snapshot;
    }, 30_000);
    expect(stored.get('signers.0.evidence.userAgent') ?? stored.get('signers')[0].evidence.userAgent).toContain(
      'Chrome',
    );
    // Opened again, the link offers the signed copy.
    await page.reload();
    await page.getByTestId('signing-state-completed').waitFor({ timeout: STEP });
    await page.getByTestId('signed-copy').waitFor({ timeout: STEP });
    await context.close();
  }, 120_000);

  it('the agent sees the request signed in the admin app and opens the signed PDF', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.goto(`${runtime().adminUrl}/signatures?tenant=${encodeURIComponent(tenant.tenantId)}`);
    await page.getByTestId(`signature-row-${requestId}`).getByText('Signée').waitFor({ timeout: STEP });
    await page.getByTestId(`signature-row-${requestId}`).getByRole('link').click();
    await page.waitForURL(new RegExp(`/signatures/${requestId}`), { timeout: STEP });
    await page.getByTestId('signer-s1').getByText('A signé').waitFor({ timeout: STEP });
    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      page.getByTestId('open-signed').click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await page.context().close();
  }, 60_000);
});
