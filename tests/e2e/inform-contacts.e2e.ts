import { paths, type Interest, type Phase } from '@estate/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { contactDoc } from '../support/contacts';
import { linkIn, mailTo, waitForMail } from '../support/maildev';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';
import { uniqueEmail } from '../support/users';

const DAY = 86_400_000;

const mailCount = async (address: string) => (await mailTo(address)).length;

async function seedProperty(tenantId: string, agentUid: string, reference: string, title: string): Promise<string> {
  const ref = adminDb().collection(paths.properties(tenantId)).doc();
  const now = new Date();
  await ref.set({
    id: ref.id,
    reference,
    dealType: 'sale',
    title,
    propertyType: 'apartment',
    address: { postalCode: '44000', city: 'Nantes' },
    price: 325000,
    surface: 80,
    rooms: 3,
    status: 'online',
    sellerContactIds: [],
    assignedAgentUid: agentUid,
    visitCount: 0,
    offerCount: 0,
    createdBy: agentUid,
    createdAt: now,
    updatedAt: now,
  });
  return ref.id;
}

async function seedInterestedContact(
  tenantId: string,
  agentUid: string,
  property: { id: string; reference: string },
  person: { firstName: string; lastName: string; email: string; marketing: boolean },
  phase: Phase,
  daysInPhase: number,
): Promise<string> {
  const ref = adminDb().collection(paths.contacts(tenantId)).doc();
  const now = new Date();
  await ref.set(
    contactDoc({
      id: ref.id,
      firstName: person.firstName,
      lastName: person.lastName,
      emails: [{ address: person.email, label: 'personal' }],
      consent: { marketing: person.marketing, at: person.marketing ? now : null, source: 'form' },
      assignedAgentUid: agentUid,
    }),
  );
  const interest: Interest = {
    contactId: ref.id,
    propertyId: property.id,
    propertyReference: property.reference,
    dealType: 'sale',
    phase,
    phaseSince: new Date(now.getTime() - daysInPhase * DAY),
    phaseSourceAt: new Date(now.getTime() - daysInPhase * DAY),
    phaseDurations: { 'request-received': 2 * DAY },
    agentUid,
    managerUid: null,
    sharedWithUids: [],
    contactName: `${person.firstName} ${person.lastName}`,
    source: 'manual',
    createdAt: now,
    updatedAt: now,
  };
  await adminDb()
    .doc(paths.interest(tenantId, `${ref.id}_${property.id}`))
    .set(interest);
  return ref.id;
}

describe('admin app: templates, the phase report, and informing the contacts of a phase', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let property: { id: string; reference: string };
  const anne = { firstName: 'Anne', lastName: 'Martin', email: uniqueEmail('anne'), marketing: true };
  const bruno = { firstName: 'Bruno', lastName: 'Sans', email: uniqueEmail('bruno'), marketing: false };
  const chloe = { firstName: 'Chloé', lastName: 'Visite', email: uniqueEmail('chloe'), marketing: true };

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Phare', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Alice Agent');
    property = {
      id: await seedProperty(tenant.tenantId, agent.uid, 'V-00077', 'Maison du port'),
      reference: 'V-00077',
    };
    await seedInterestedContact(tenant.tenantId, agent.uid, property, anne, 'documentation-sent', 3);
    await seedInterestedContact(tenant.tenantId, agent.uid, property, bruno, 'documentation-sent', 1);
    await seedInterestedContact(tenant.tenantId, agent.uid, property, chloe, 'first-visit', 5);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the owner writes a template with the placeholder picker; an unknown placeholder is refused', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, tenant.owner);
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('tab', { name: "Modèles d'e-mails" }).click();
    await page.getByText("Aucun modèle pour l'instant").waitFor({ timeout: STEP });
    await page.getByTestId('mail-template-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('mail-template-name').fill('Nouvelle documentation');
    await dialog.getByTestId('mail-template-subject').fill('Du nouveau pour {{prix}}');
    await dialog.getByTestId('mail-template-body').fill('Bonjour ');
    await dialog.getByText('Champs inconnus : {{prix}}').waitFor({ timeout: STEP });
    await dialog.getByTestId('mail-template-save').click();
    await dialog.getByText('Champs inconnus : {{prix}}').waitFor({ timeout: STEP });

    await dialog.getByTestId('mail-template-subject').fill('Du nouveau pour ');
    await dialog.getByTestId('mail-template-subject').press('End');
    await dialog.getByTestId('mail-template-insert').click();
    await page.getByRole('menuitem', { name: /Référence du bien/ }).click();
    await expect
      .poll(() => dialog.getByTestId('mail-template-subject').inputValue())
      .toBe('Du nouveau pour {{propertyReference}}');
    await dialog.getByTestId('mail-template-body').click();
    await dialog.getByTestId('mail-template-body').press('End');
    await dialog.getByTestId('mail-template-insert').click();
    await page.getByRole('menuitem', { name: /^Prénom/ }).click();
    await dialog.getByTestId('mail-template-body').press('End');
    await dialog
      .getByTestId('mail-template-body')
      .pressSequentially(',\n\n{{propertyTitle}} à {{propertyCity}} : {{propertyPrice}}.');
    await dialog.getByTestId('mail-template-save').click();
    await page.getByText('Modèle créé').waitFor({ timeout: STEP });
    await page.getByTestId('mail-template-row').getByText('Nouvelle documentation').waitFor({ timeout: STEP });
    const stored = await adminDb().collection(paths.mailTemplates(tenant.tenantId)).get();
    expect(stored.docs.map((doc) => doc.get('body'))).toEqual([
      'Bonjour {{firstName}},\n\n{{propertyTitle}} à {{propertyCity}} : {{propertyPrice}}.',
    ]);
    await page.context().close();
  });

  it('the agent reads the phase report and informs the contacts of one phase of a property', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.getByRole('link', { name: 'Rapports' }).click();
    await page.waitForURL(/\/reports\/phases/, { timeout: STEP });
    const byProperty = page.getByTestId('report-by-property');
    const row = byProperty.getByTestId('report-by-property-row').filter({ hasText: 'V-00077' });
    await row.waitFor({ timeout: STEP });
    expect(await row.locator('[data-phase="documentation-sent"]').innerText()).toBe('2');
    expect(await row.locator('[data-phase="first-visit"]').innerText()).toBe('1');
    await page.getByTestId('report-by-agent-row').filter({ hasText: 'Alice Agent' }).waitFor({ timeout: STEP });
    const timing = page.getByTestId('report-timings').locator('[data-phase="first-visit"]');
    await timing.getByText('5 j 0 h').first().waitFor({ timeout: STEP });

    await row.getByRole('button', { name: /Informer les 2 contacts de V-00077/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Destinataires sélectionnés : 2').waitFor({ timeout: STEP });
    await dialog.getByTestId('inform-preview-subject').getByText('Du nouveau pour V-00077').waitFor({ timeout: STEP });
    await dialog.getByText(/Maison du port à Nantes/).waitFor({ timeout: STEP });
    await dialog.getByTestId('inform-send').click();
    await dialog.getByTestId('inform-result').waitFor({ timeout: STEP });
    expect(await dialog.getByTestId('inform-sent').innerText()).toBe('E-mails envoyés : 1');
    expect(await dialog.getByTestId('inform-skipped').innerText()).toBe('Contacts ignorés : 1');
    await dialog.getByTestId('inform-skipped-no-consent').waitFor({ timeout: STEP });

    const mail = await waitForMail({ to: anne.email, subjectIncludes: 'V-00077' });
    expect(mail.text).toContain('Bonjour Anne,');
    const unsubscribe = linkIn(mail, 'mail-unsubscribe');
    await page.goto(unsubscribe);
    await page.getByRole('heading', { name: 'Agence Phare' }).waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Me désabonner' }).click();
    await page.getByText('Vous êtes désabonné(e).').waitFor({ timeout: STEP });
    const contacts = await adminDb().collection(paths.contacts(tenant.tenantId)).where('email', '==', anne.email).get();
    expect(contacts.docs[0]?.get('consent.source')).toBe('unsubscribe-link');
    expect(contacts.docs[0]?.get('consent.marketing')).toBe(false);
  });

  it("the agent informs the filtered, selected contacts from the property's contacts tab", async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.goto(
      `${runtime().adminUrl}/properties/${property.id}/contacts?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    await page.getByTestId('phase-filter').getByText('1re visite (1)').click();
    await page.getByRole('button', { name: 'Sélectionner les 1 contacts filtrés' }).click();
    await page.getByRole('button', { name: 'Informer les contacts (1)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Destinataires sélectionnés : 1').waitFor({ timeout: STEP });
    await dialog.getByText('Aperçu pour Chloé Visite').waitFor({ timeout: STEP });
    await dialog.getByTestId('inform-send').click();
    await dialog.getByTestId('inform-result').waitFor({ timeout: STEP });
    expect(await dialog.getByTestId('inform-sent').innerText()).toBe('E-mails envoyés : 1');
    const mail = await waitForMail({ to: chloe.email, subjectIncludes: 'V-00077' });
    expect(mail.text).toContain('Bonjour Chloé,');
    expect(await mailCount(anne.email)).toBe(1);
  });
});
