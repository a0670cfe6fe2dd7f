import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';

// Both apps are served with a Content-Security-Policy and the other protective headers of firebase.json
// (the emulators run under firebase.local.json, the same policy plus their own origins in connect-src),
// and work under them: a journey through each app reports no policy violation.

/** Records every Content-Security-Policy violation the pages of the context report. */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}`);
    });
  });
  return violations;
}

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  return headers;
}

describe('both apps are served with security headers and work under them', () => {
  let browser: Browser;
  let tenant: TestTenant;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Entêtes', locale: 'fr' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['admin', () => runtime().adminUrl],
    ['client', () => runtime().clientUrl],
  ])('the %s app answers with the policy, framing refused, referrer and permissions limited', async (_, url) => {
    for (const path of ['/signin', '/assets/missing.js', '/manifest.webmanifest']) {
      const headers = headersOf(await fetch(`${url()}${path}?tenant=${tenant.tenantId}`));
      const policy = headers['content-security-policy'] ?? '';
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toMatch(/connect-src 'self' [^;]*https:\/\/firestore\.googleapis\.com/);
      expect(policy, path).not.toContain('unsafe-eval');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('the admin app signs in, lists clients, opens the team and the settings without a violation', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    const violations = await recordViolations(page.context());
    await page.reload();
    await page.getByRole('heading', { name: 'Clients' }).waitFor({ timeout: STEP });
    await page.getByRole('link', { name: 'Équipe' }).click();
    await page.getByText('Olivia Owner').first().waitFor({ timeout: STEP });
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: 'Informations' }).waitFor({ timeout: STEP });
    await page.getByRole('tab', { name: 'Personnaliser' }).click();
    await page.getByText('Aperçu').first().waitFor({ timeout: STEP });
    expect(violations).toEqual([]);
  });

  it('the client app shows its sign-in and answers a wrong password without a violation', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(`${runtime().clientUrl}/signin?tenant=${encodeURIComponent(tenant.tenantId)}`, { timeout: STEP });
    await page.getByLabel('E-mail').fill('nobody@entetes.test');
    await page.getByLabel('Mot de passe').fill('Wrong-pass-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor({ timeout: STEP });
    expect(violations).toEqual([]);
    await context.close();
  });
});
