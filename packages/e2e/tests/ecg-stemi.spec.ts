import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { demoPassword } from './env.js';
import { pickDeskFiles } from './desk.js';

/**
 * A STEMI journey through the chest-pain acknowledgement (issue 5, item 14), in three browsers at
 * once: the Lhatse county technician sends a cart's file from the desk; the Xigaze hub's reader
 * claims it on the worklist, confirms the STEMI statement and signs; the hub's chest-pain
 * coordinator sees the green channel appear live on the board and acknowledges it; the
 * technician's desk shows the green channel open, acknowledged, and what to do next.
 */

/** ../shared/data beside the repository; a missing file fails the journey loudly. */
const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
function sharedFile(path: string): string {
  const full = resolve(sharedData, path);
  if (!existsSync(full)) {
    throw new Error(`shared test data missing: ${full}`);
  }
  return full;
}

/** An SCP-ECG 12-lead record from a cart, sent by no other journey. */
const cartFile = sharedFile('ecg-formats/scp-ecg/ECG_20170504_163507_123456789.SCP');

/** A browser of its own for one person, signed in through the sign-in page. */
async function signedIn(
  browser: Browser,
  username: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  return { context, page };
}

test('a STEMI from a county desk is read at the hub and acknowledged by the chest-pain team', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const desktop = { width: 1366, height: 800 };

  // The hub's coordinator (on a phone) and reader (at a workstation) are watching, live.
  const coordinator = await signedIn(browser, 'cpc.xigaze', { width: 390, height: 844 });
  await coordinator.page.goto('/centres/board');
  await expect(coordinator.page.getByTestId('board-live')).toHaveAttribute('data-status', 'live');
  const reader = await signedIn(browser, 'reader.xigaze', { width: 1600, height: 1000 });
  await reader.page.getByTestId('nav-ecgWorklist').click();
  await expect(reader.page.getByTestId('reader-live')).toHaveAttribute('data-status', 'live');

  // 1. The technician sends the cart's file from the desk (with chest pain ticked).
  const tech = await signedIn(browser, 'tech.lhatse', desktop);
  await tech.page.getByTestId('nav-ecgDesk').click();
  await expect(tech.page.getByTestId('ecg-desk-page')).toBeVisible();
  await tech.page.getByTestId('desk-chest-pain-yes').click();
  await tech.page.getByTestId('desk-firstMedicalContactAt-now').click();
  await pickDeskFiles(tech.page, [cartFile]);
  const upload = tech.page.locator(
    `[data-testid="desk-upload"][data-name="${basename(cartFile)}"]`,
  );
  await expect(upload).toHaveAttribute('data-phase', 'sent', { timeout: 30_000 });
  const studyId = (await upload.getAttribute('data-study-id')) ?? '';
  expect(studyId).toMatch(/^[0-9a-f-]{36}$/);

  // 2. The reader sees it arrive, claims it, confirms the STEMI statement and signs.
  const row = reader.page.getByTestId(`worklist-row-${studyId}`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.click();
  await reader.page.keyboard.press('Enter');
  await expect(reader.page).toHaveURL(new RegExp(`/ecg/read/${studyId}$`));
  await expect(reader.page.getByTestId('study-page')).toHaveAttribute('data-status', 'claimed');
  const stemi = reader.page.getByTestId('report-statement-stemi');
  if ((await stemi.count()) === 0) {
    await reader.page.keyboard.press('a');
    await reader.page.keyboard.type('心梗');
    // The best match comes first: Enter picks it, as a reader at the keyboard does.
    await expect(reader.page.getByTestId('statement-option-stemi')).toBeVisible();
    await reader.page.keyboard.press('Enter');
  }
  await expect(stemi).toBeVisible();
  await reader.page.getByTestId('report-fill-conclusion').click();
  await expect(reader.page.getByTestId('report-conclusion')).not.toHaveValue('');
  await reader.page.getByTestId('report-sign').click();
  await expect(reader.page.getByTestId('study-page')).toHaveAttribute('data-status', 'signed');

  // 3. The technician's desk shows the green channel open at the hub, waiting.
  await tech.page.locator(`[data-testid="desk-study-row"][data-study-id="${studyId}"]`).click();
  await expect(tech.page).toHaveURL(new RegExp(`/ecg/desk/${studyId}$`));
  const notice = tech.page.getByTestId('green-channel-notice');
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(tech.page.getByTestId('green-channel-status')).toHaveAttribute(
    'data-acknowledged',
    'false',
  );

  // 4. On the coordinator's phone the alert has appeared without a reload; one tap acknowledges.
  const alert = coordinator.page.locator(
    `[data-testid="green-channel-alert"][data-study-id="${studyId}"]`,
  );
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toHaveAttribute('data-acknowledged', 'false');
  await expect(alert).toContainText('拉孜县人民医院');
  await alert.getByTestId('green-channel-acknowledge').click();
  await expect(alert).toHaveAttribute('data-acknowledged', 'true');
  await expect(alert.getByTestId('green-channel-acknowledged-by')).toContainText('卓玛');
  // The case is on the board with its first ECG and diagnosis times, door → wire waiting.
  const caseId = (await alert.getAttribute('data-case-id')) ?? '';
  const card = coordinator.page.locator(`[data-testid="case-card"][data-case-id="${caseId}"]`);
  await expect(card.getByTestId('clock-cp.d2w')).toHaveAttribute('data-phase', 'waiting');
  await expect(card.getByTestId('record-door')).toBeVisible();

  // 5. The desk follows live: acknowledged, by whom, and what to do next.
  const status = tech.page.getByTestId('green-channel-status');
  await expect(status).toHaveAttribute('data-acknowledged', 'true', { timeout: 20_000 });
  await expect(status).toContainText('卓玛');
  await expect(notice.locator('ol li')).toHaveCount(3);

  await Promise.all([tech.context.close(), reader.context.close(), coordinator.context.close()]);
});
