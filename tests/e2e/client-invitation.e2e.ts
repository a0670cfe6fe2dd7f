import { aliasHost, CALLABLES, paths } from '@estate/domain';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { linkIn, mailTo, oobCodeOf, waitForMail } from '../support/maildev';
import { createTenantWithOwner, type TestTenant } from '../support/tenants';
import { resetPassword, uniqueEmail } from '../support/users';

const PRIMARY = '#c2255c';
const PRIMARY_RGB = 'rgb(194, 37, 92)';

async function waitFor<T>(what: string, read: () => Promise<T | null>, timeoutMs = STEP): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A tenant branded in PRIMARY, and a contact of it, written as docs/data-model.md says collaborators write it. */
async function brandedTenantWithContact(): Promise<{
  tenant: TestTenant;
  contactId: string;
  email: string;
  firstName: string;
}> {
  const tenant = await createTenantWithOwner({ agencyName: 'Agence Parcours Client', locale: 'fr' });
  const db = adminDb();
  await db.doc(paths.tenant(tenant.tenantId)).update({
    'branding.primaryColor': PRIMARY,
    'company.phone': '+33 1 23 45 67 89',
    'company.email': 'contact@parcours-client.test',
    updatedAt: FieldValue.serverTimestamp(),
  });
  await waitFor(
    'the domains mirror to carry the new colour',
    async () => {
      const mirrored = await db.doc(paths.domain(aliasHost('client', tenant.tenantId))).get();
      return mirrored.get('branding.primaryColor') === PRIMARY ? true : null;
    },
    45_000,
  );

  const contactRef = db.collection(paths.contacts(tenant.tenantId)).doc();
  const email = uniqueEmail('client');
  const firstName = 'Camille';
  const now = Timestamp.now();
  await contactRef.set({
    id: contactRef.id,
    createdBy: tenant.owner.uid,
    createdAt: now,
    firstName,
    lastName: 'Durand',
    email,
    phone: '',
    locale: 'fr',
    clientType: 'buyer',
    assignedAgentUid: tenant.owner.uid,
    portal: { status: 'none', uid: null, invitedAt: null, invitedBy: null },
    updatedAt: now,
  });
  return { tenant, contactId: contactRef.id, email, firstName };
}

/** The mail's link, replayed on the client app the emulator serves (every tenant shares its port). */
function onClientApp(link: string, path: string, tenantId: string): string {
  return `${runtime().clientUrl}${path}?oobCode=${encodeURIComponent(oobCodeOf(link))}&tenant=${encodeURIComponent(tenantId)}`;
}

async function choosePassword(page: Page, password: string, submitName: string): Promise<void> {
  await page.getByLabel('Nouveau mot de passe').fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
  await page.getByRole('button', { name: submitName }).waitFor({ timeout: STEP });
  await page.keyboard.press('Enter');
}

describe('client app: invitation, first login, sign-out, password reset', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes an invited client from the mail to their branded space, then through a password reset', async () => {
    const { tenant, contactId, email, firstName } = await brandedTenantWithContact();
    await mustCall(CALLABLES.inviteClient, { contactId }, tenant.owner.idToken);
    const invitation = await waitForMail({ to: email, subjectIncludes: 'espace client', timeoutMs: STEP });
    const invitationUrl = onClientApp(linkIn(invitation, '/firstlogin'), '/firstlogin', tenant.tenantId);

    const context = await browser.newContext({
      viewport: { width: 375, height: 760 },
      locale: 'fr-FR',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();

    // First login: the code shows the account, the client chooses a password and lands home.
    await page.goto(invitationUrl, { timeout: STEP });
    await page.getByLabel('Votre identifiant').waitFor({ timeout: STEP });
    expect(await page.getByLabel('Votre identifiant').inputValue()).toBe(email);
    await page.getByRole('button', { name: 'Activer mon espace' }).click();
    await page.getByText('Au moins 8 caractères').waitFor({ timeout: STEP });
    await choosePassword(page, 'Premier-pass-2026', 'Activer mon espace');
    await page.waitForURL((url) => url.pathname === '/', { timeout: STEP });
    const greeting = page.getByTestId('greeting');
    await greeting.waitFor({ timeout: STEP });
    expect(await greeting.textContent()).toContain(firstName);
    const background = await page
      .getByTestId('greeting-card')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe(PRIMARY_RGB);
    expect(await page.title()).toBe('Agence Parcours Client');
    await page.getByTestId('agency-card').getByRole('link', { name: 'Appeler' }).waitFor({ timeout: STEP });

    const portal = await waitFor('the portal to be active', async () => {
      const contact = await adminDb().doc(paths.contact(tenant.tenantId, contactId)).get();
      return contact.get('portal.status') === 'active' ? (contact.get('portal') as { uid: string }) : null;
    });
    expect(portal.uid).toBeTruthy();

    // Sign out from the account page, with its confirmation.
    await page.getByRole('link', { name: 'Compte', exact: true }).click();
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/signin', { timeout: STEP });

    // The invitation link was used: it now says so and offers a new link.
    await page.goto(invitationUrl, { timeout: STEP });
    await page.getByTestId('link-invalid').waitFor({ timeout: STEP });
    await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).click();

    // Password reset: neutral confirmation, mail, new password, sign-in with it.
    const mailsBefore = (await mailTo(email)).filter((mail) => mail.subject.includes('mot de passe')).length;
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.keyboard.press('Enter');
    await page.getByTestId('reset-sent').waitFor({ timeout: STEP });
    const resetMail = await waitForMail({
      to: email,
      subjectIncludes: 'mot de passe',
      after: mailsBefore,
      timeoutMs: STEP,
    });
    await page.goto(onClientApp(linkIn(resetMail, '/reset'), '/reset', tenant.tenantId), { timeout: STEP });
    await choosePassword(page, 'Second-pass-2026', 'Enregistrer le mot de passe');
    await page.waitForURL('**/signin', { timeout: STEP });
    await page.getByTestId('reset-success').waitFor({ timeout: STEP });
    await page.getByLabel('Mot de passe').fill('Second-pass-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('greeting').waitFor({ timeout: STEP });

    await context.close();
  });

  it('signs out a client of another agency with a message', async () => {
    const { tenant, contactId, email } = await brandedTenantWithContact();
    await mustCall(CALLABLES.inviteClient, { contactId }, tenant.owner.idToken);
    const invitation = await waitForMail({ to: email, subjectIncludes: 'espace client', timeoutMs: STEP });
    await resetPassword(oobCodeOf(linkIn(invitation, '/firstlogin')), 'Client-pass-2026');
    const otherAgency = await createTenantWithOwner({ agencyName: 'Agence Voisine', locale: 'fr' });

    const context = await browser.newContext({
      viewport: { width: 375, height: 760 },
      locale: 'fr-FR',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${runtime().clientUrl}/signin?tenant=${otherAgency.tenantId}`, { timeout: STEP });
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('Client-pass-2026');
    await page.keyboard.press('Enter');
    await page.getByTestId('denied-notice').waitFor({ timeout: STEP });
    await page.goto(`${runtime().clientUrl}/`, { timeout: STEP });
    await page.waitForURL('**/signin', { timeout: STEP });
    await context.close();
  });

  it('turns a staff account away with a pointer to the admin app', async () => {
    const tenant = await createTenantWithOwner({ agencyName: 'Agence Equipe', locale: 'fr' });
    const context = await browser.newContext({
      viewport: { width: 375, height: 760 },
      locale: 'fr-FR',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`${runtime().clientUrl}/signin?tenant=${tenant.tenantId}`, { timeout: STEP });
    await page.getByLabel('Adresse e-mail').fill(tenant.owner.email);
    await page.getByLabel('Mot de passe').fill(tenant.owner.password);
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('staff-notice');
    await notice.waitFor({ timeout: STEP });
    await notice.getByRole('link', { name: "Ouvrir l'espace de gestion" }).waitFor({ timeout: STEP });
    expect(page.url()).toContain('/signin');
    await context.close();
  });
});
