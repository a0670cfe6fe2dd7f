import type { Browser, Page } from 'playwright-core';
import { runtime, STEP } from './browser';
import { linkIn, waitForMail } from './maildev';
import { codeIn } from './signatures';

/**
 * On the signing page, once the code is checked: draws a signature on the pad, accepts, signs, and
 * waits until the page says the document is signed (or completed, when this signer was the last).
 */
export async function drawAndSign(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.waitFor({ timeout: STEP });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(box.x + 30 + step * 20, box.y + box.height / 2 + (step % 2 ? -25 : 25), { steps: 3 });
  }
  await page.mouse.up();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Signer le document' }).click();
  await page
    .locator('[data-testid="signing-state-signed"], [data-testid="signing-state-completed"]')
    .first()
    .waitFor({ timeout: STEP });
}

/**
 * The signer `email` signs from the mail, on a phone and on the client host: opens the invitation's
 * link, asks for the code, types the one mailed, signs. `invitationTimeoutMs` waits longer for an
 * invitation sent behind a slower step (a PDF rendered first).
 */
export async function signFromMail(browser: Browser, email: string, invitationTimeoutMs?: number): Promise<void> {
  const invitation = await waitForMail({
    to: email,
    subjectIncludes: 'Document à signer',
    timeoutMs: invitationTimeoutMs,
  });
  const link = new URL(linkIn(invitation, '/sign/'));
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  const signing = await context.newPage();
  await signing.goto(`${runtime().clientUrl}${link.pathname}${link.search}`, { timeout: STEP });
  await signing.getByTestId('signing-document').waitFor({ timeout: STEP });
  await signing.getByRole('button', { name: 'M’envoyer un code' }).click();
  const codeMail = await waitForMail({ to: email, subjectIncludes: 'code de signature' });
  await signing.getByRole('textbox').first().click();
  await signing.keyboard.type(codeIn(codeMail.subject));
  await signing.getByRole('button', { name: 'Vérifier' }).click();
  await drawAndSign(signing);
  await context.close();
}
