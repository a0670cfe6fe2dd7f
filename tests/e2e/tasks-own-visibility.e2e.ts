import { CALLABLES, paths, type Contact, type SaveTaskRequest } from '@estate/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { adminDb } from '../support/admin';
import { launchBrowser, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

/** Today in UTC, the browser's zone here. */
const today = new Date().toISOString().slice(0, 10);

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

async function planCall(user: TestUser, title: string, hour: string, contactId: string, label: string) {
  const task: SaveTaskRequest = {
    taskId: null,
    type: 'call',
    title,
    dueAt: `${today}T${hour}:00:00.000Z`,
    endAt: null,
    assigneeUid: user.uid,
    subject: { kind: 'contact', id: contactId, label },
    project: '',
    text: '',
    roomId: null,
  };
  await mustCall(CALLABLES.saveTask, task, user.idToken);
}

async function openDayView(page: Page): Promise<ReturnType<Page['getByTestId']>> {
  await page.getByRole('link', { name: 'Tâches' }).click();
  await page.waitForURL(/\/tasks/, { timeout: STEP });
  await page.getByRole('radio', { name: 'Calendrier' }).evaluate((radio: HTMLElement) => radio.click());
  const calendar = page.getByTestId('tasks-calendar');
  await calendar.getByRole('button', { name: 'Jour', exact: true }).click();
  await calendar.locator('.fc-timeGridDay-view').waitFor({ timeout: STEP });
  return calendar;
}

async function expectAbsent(scope: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  if ((await scope.getByText(text).count()) > 0) throw new Error(`"${text}" is shown`);
}

/**
 * In "own" visibility the tasks page asks only for the tasks naming the user in `viewerUids`: an agent
 * sees their own calls in the list and the calendar, not another agent's call about that agent's client,
 * which its assignee sees.
 */
describe('admin app: tasks in "own" visibility', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let alice: TestUser;
  let bruno: TestUser;

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Cloisonnée', locale: 'fr' });
    alice = await addActiveMember(tenant, 'agent', 'Alice Agent');
    bruno = await addActiveMember(tenant, 'agent', 'Bruno Agent');
    await adminDb()
      .doc(paths.contactsSettings(tenant.tenantId))
      .set({ visibility: 'own', origins: [], updatedAt: new Date() });
    const camille = await seedContact(tenant.tenantId, alice.uid, 'Camille', 'Durand');
    const boris = await seedContact(tenant.tenantId, bruno.uid, 'Boris', 'Durantel');
    await planCall(alice, 'Rappeler Camille Durand', '10', camille, 'Camille Durand');
    await planCall(bruno, 'Rappeler Boris Durantel', '11', boris, 'Boris Durantel');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the agent their call in the list and the day view, not another agent's", async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, alice);
    await page.getByRole('link', { name: 'Tâches' }).click();
    const table = page.getByTestId('tasks-table');
    await table.getByText('Rappeler Camille Durand').waitFor({ timeout: STEP });
    await expectAbsent(table, 'Rappeler Boris Durantel');

    const calendar = await openDayView(page);
    await calendar.getByText('Rappeler Camille Durand').waitFor({ timeout: STEP });
    await expectAbsent(calendar, 'Rappeler Boris Durantel');
    await page.context().close();
  });

  it('shows the other call to its assignee, in the day view', async () => {
    const page = await signInToAdmin(browser, tenant.tenantId, bruno);
    const calendar = await openDayView(page);
    await calendar.getByText('Rappeler Boris Durantel').waitFor({ timeout: STEP });
    await expectAbsent(calendar, 'Rappeler Camille Durand');
    await page.context().close();
  });
});
