import { CALLABLES, paths, type Property, type SavePropertyResult } from '@estate/domain';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromStored } from '../../functions/src/lib/converters';
import { eventually } from '../functions/function-fixtures';
import { adminDb } from '../support/admin';
import { launchBrowser, runtime, signInToAdmin, STEP } from '../support/browser';
import { mustCall } from '../support/callables';
import { contactDoc } from '../support/contacts';
import { addActiveMember, createTenantWithOwner, type TestTenant, type TestUser } from '../support/tenants';

/** A photo as a phone takes it: larger than the 2560 px the browser brings it down to. */
const photo = (color: string) =>
  sharp({ create: { width: 3200, height: 2400, channels: 3, background: color } })
    .jpeg({ quality: 90 })
    .toBuffer();
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('admin app: a property with its seller gets photos and a document', () => {
  let browser: Browser;
  let tenant: TestTenant;
  let agent: TestUser;
  let page: Page;
  let propertyId = '';

  const stored = async (): Promise<Property> =>
    fromStored((await adminDb().doc(paths.property(tenant.tenantId, propertyId)).get()).data()) as Property;
  const cardIds = () =>
    page
      .getByTestId('photo-card')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-photo-id') ?? ''));

  beforeAll(async () => {
    browser = await launchBrowser();
    tenant = await createTenantWithOwner({ agencyName: 'Agence Photos', locale: 'fr' });
    agent = await addActiveMember(tenant, 'agent', 'Sophie Agent');
    const seller = contactDoc({ clientType: 'seller', lastName: 'Vendeur', assignedAgentUid: agent.uid });
    await adminDb().doc(paths.contact(tenant.tenantId, seller.id)).set(seller);
    const created = await mustCall<SavePropertyResult>(
      CALLABLES.saveProperty,
      {
        propertyId: null,
        requestId: adminDb().collection('ids').doc().id,
        property: {
          dealType: 'sale',
          title: 'Maison de ville avec patio',
          propertyType: 'house',
          address: { postalCode: '13006', city: 'Marseille' },
          price: 480_000,
          surface: 110,
          rooms: 5,
          status: 'online',
          sellerContactIds: [seller.id],
          assignedAgentUid: agent.uid,
        },
      },
      agent.idToken,
    );
    propertyId = created.propertyId;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads three photos at once, resized, with their progress, and shows their thumbnails', async () => {
    page = await signInToAdmin(browser, tenant.tenantId, agent);
    await page.goto(
      `${runtime().adminUrl}/properties/${propertyId}/photos?tenant=${encodeURIComponent(tenant.tenantId)}`,
    );
    await page.getByText('Aucune photo').waitFor({ timeout: STEP });
    // Every upload row and the total progress bar are recorded as they appear, however fast they go.
    await page.evaluate(() => {
      const seen = { rows: 0, total: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        seen.rows = Math.max(seen.rows, document.querySelectorAll('[data-testid="photo-upload"]').length);
        seen.total ||= document.querySelector('[data-testid="photo-total-progress"]') !== null;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const files = await Promise.all(
      ['#e03131', '#2f9e44', '#1971c2'].map(async (color, index) => ({
        name: `photo-${index + 1}.jpg`,
        mimeType: 'image/jpeg',
        buffer: await photo(color),
      })),
    );
    await page.getByTestId('photo-dropzone').locator('input[type="file"]').setInputFiles(files);
    await eventually(async () => expect(await page.getByTestId('photo-card').count()).toBe(3), STEP * 2);
    expect(await page.evaluate(() => (window as unknown as { seen: { rows: number; total: boolean } }).seen)).toEqual({
      rows: 3,
      total: true,
    });
    await page.getByTestId('photo-grid').getByRole('img').first().waitFor({ timeout: STEP });
    const property = await stored();
    expect(property.photos.map((item) => [item.width, item.height])).toEqual([
      [2560, 1920],
      [2560, 1920],
      [2560, 1920],
    ]);
    await page.getByTestId('photo-upload').first().waitFor({ state: 'detached', timeout: STEP });
  });

  it('reorders by dragging and with the arrow buttons, chooses the cover, deletes one', async () => {
    const [first = '', second = '', third = ''] = await cardIds();
    // Dragging the third photo onto the first puts it first.
    await page.locator(`[data-photo-id="${third}"]`).dragTo(page.locator(`[data-photo-id="${first}"]`));
    await eventually(async () =>
      expect((await stored()).photos.map((item) => item.id)).toEqual([third, first, second]),
    );
    await eventually(async () => expect(await cardIds()).toEqual([third, first, second]));

    // The keyboard's way: the arrow button moves the cover one place later.
    await page.getByRole('button', { name: 'Reculer (Photo 1)' }).click();
    await eventually(async () =>
      expect((await stored()).photos.map((item) => item.id)).toEqual([first, third, second]),
    );

    await page.getByRole('button', { name: 'En faire la couverture (Photo 3)' }).click();
    await eventually(async () =>
      expect((await stored()).photos.map((item) => item.id)).toEqual([second, first, third]),
    );
    await eventually(async () => expect(await cardIds()).toEqual([second, first, third]));
    await expect(page.locator(`[data-photo-id="${second}"]`).getByTestId('photo-cover').isVisible()).resolves.toBe(
      true,
    );

    await page.getByRole('button', { name: 'Supprimer la photo (Photo 2)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer la photo', exact: true }).click();
    await eventually(async () => expect(await cardIds()).toEqual([second, third]));
    expect((await stored()).photos.map((item) => item.id)).toEqual([second, third]);
  });

  it('uploads a diagnostics report and opens it through the checked download', async () => {
    await page.getByRole('tab', { name: 'Documents', exact: true }).click();
    await page.getByText('Aucun document').waitFor({ timeout: STEP });
    await page
      .getByTestId('property-document-dropzone')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'DPE 2026.pdf', mimeType: 'application/pdf', buffer: PDF });
    const list = page.getByTestId('property-document-list');
    await list.getByText('DPE 2026.pdf').waitFor({ timeout: STEP });
    await list.getByText('Diagnostics').waitFor({ timeout: STEP });
    const [tab] = await Promise.all([
      page.waitForEvent('popup', { timeout: STEP }),
      list.getByRole('button', { name: 'Ouvrir DPE 2026.pdf' }).click(),
    ]);
    await tab.waitForURL(/^blob:/, { timeout: STEP });
    await tab.close();
    expect(await page.content()).not.toContain('firebasestorage');
    await page.context().close();
  });
});
