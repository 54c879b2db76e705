import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { demoPassword } from './env.js';
import { clickPopupOption } from './popup.js';

/**
 * The remote cardiologist's side of the cloud-ECG loop (issue 5, items 5, 6 and 14): a county
 * technician uploads a real cart file through the API; a reader in another browser sees it
 * arrive on the worklist without reloading, claims it, edits the machine's statements and signs;
 * the technician then sees the study signed.
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

/** An HL7 aECG 12-lead record the engine reads with several statements (rhythm, QT, axis). */
const ecgFile = sharedFile('ecg-formats/hl7-aecg/hl7_Example_aECG.xml');

/** The statement the reader adds, found by typing its Chinese short form. */
const added = { code: 'premature_ventricular_complexes', typed: '室早' };

interface StudyJson {
  id: string;
  status: string;
  analysis: { statements: { code: string }[] } | null;
  report: {
    version: number;
    statements: { code: string; text?: string }[];
    conclusion: string;
  } | null;
  signedBy: { displayName: string } | null;
}

/** A technician's API session in its own browser context (cookie + CSRF token). */
async function technicianApi(browser: Browser): Promise<{ api: APIRequestContext; csrf: string }> {
  const context = await browser.newContext();
  const api = context.request;
  const login = await api.post('/api/auth/login', {
    data: { username: 'tech.lhatse', password: demoPassword },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { api, csrf: csrfToken };
}

/** Sign in through the sign-in page and open the worklist from the menu. */
async function openWorklist(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-ecgWorklist').click();
  await expect(page).toHaveURL(/\/ecg\/worklist$/);
  await expect(page.getByTestId('worklist-page')).toBeVisible();
  // Listening before the upload: the study must come from the live stream, not a reload.
  await expect(page.getByTestId('reader-live')).toHaveAttribute('data-status', 'live');
}

test('a reader sees a county upload arrive live, claims it, edits the statements, signs and amends', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const tech = await technicianApi(browser);
  const readerContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await readerContext.newPage();
  await openWorklist(page, 'reader.shanghai');
  await page.evaluate(() => {
    (window as unknown as { gesangNoReload: boolean }).gesangNoReload = true;
  });

  // The technician uploads the cart's file (multipart, client-chosen idempotency key).
  const upload = await tech.api.post('/api/ecg/studies', {
    headers: { 'Idempotency-Key': randomUUID(), 'X-CSRF-Token': tech.csrf },
    multipart: {
      file: { name: basename(ecgFile), mimeType: 'application/xml', buffer: readFileSync(ecgFile) },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id } = (await upload.json()) as { id: string };

  // Analysed off the request path, then pushed: the row appears without a reload.
  const row = page.getByTestId(`worklist-row-${id}`);
  await expect(row).toBeVisible({ timeout: 20_000 });
  expect(
    await page.evaluate(() => (window as unknown as { gesangNoReload?: boolean }).gesangNoReload),
  ).toBe(true);
  await expect(row.getByTestId('claim-free')).toBeVisible();
  await expect(row.getByTestId('sla-clock')).toHaveText(/\d+:\d\d/);

  const analysed = await tech.api.get(`/api/ecg/studies/${id}`);
  expect(analysed.status()).toBe(200);
  const machineCodes = ((await analysed.json()) as StudyJson).analysis?.statements.map(
    (s) => s.code,
  );
  expect(machineCodes?.length ?? 0).toBeGreaterThan(0);
  expect(machineCodes).not.toContain(added.code);
  const [removed, ...kept] = machineCodes ?? [];

  // Select the row and claim it with Enter: the study opens, held by this reader.
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/ecg/read/${id}$`));
  await expect(page.getByTestId('study-page')).toHaveAttribute('data-status', 'claimed');
  await expect(page.getByTestId('ecg-canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('machine-statements')).toBeVisible();

  // `?` lists the reader's and the viewer's keys in one overlay (not the viewer's own as well).
  await page.keyboard.press('?');
  await expect(page.getByTestId('reader-shortcut-help')).toBeVisible();
  await expect(page.getByTestId('reader-viewer-shortcut-help')).toBeVisible();
  await expect(page.getByTestId('ecg-shortcut-help')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByTestId('reader-shortcut-help')).toBeHidden();

  // The report starts from the machine's statements, each marked as the machine's.
  for (const code of machineCodes ?? []) {
    await expect(page.getByTestId(`report-statement-${code}`)).toBeVisible();
  }
  await page.getByTestId(`report-statement-${removed}-remove`).click();
  await expect(page.getByTestId(`report-statement-${removed}`)).toHaveCount(0);

  // Add a statement with the keyboard: A focuses the picker, type, pick it.
  await page.keyboard.press('a');
  await page.keyboard.type(added.typed);
  await clickPopupOption(
    page.getByTestId('statement-picker'),
    page.getByTestId(`statement-option-${added.code}`),
  );
  await expect(page.getByTestId(`report-statement-${added.code}`)).toBeVisible();

  await page.getByTestId('report-fill-conclusion').click();
  await expect(page.getByTestId('report-conclusion')).not.toHaveValue('');
  await page.getByTestId('report-conclusion').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('study-page')).toHaveAttribute('data-status', 'signed');
  await expect(page.getByTestId('report-version-1')).toBeVisible();

  // The technician sees the signed report with the reader's statements.
  const signed = (await (await tech.api.get(`/api/ecg/studies/${id}`)).json()) as StudyJson;
  expect(signed.status).toBe('signed');
  expect(signed.signedBy?.displayName).toContain('Dr Wang');
  expect(signed.report?.version).toBe(1);
  expect(signed.report?.statements.map((s) => s.code)).toEqual([...kept, added.code]);
  expect(signed.report?.conclusion.length ?? 0).toBeGreaterThan(0);

  // An amendment needs a reason and adds version 2; version 1 is kept.
  await page.getByTestId('report-amend').click();
  await page.getByTestId('report-conclusion').fill('窦性心律，QT间期延长；偶发室性早搏');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('report-amend-reason')).toBeVisible();
  await expect(page.getByTestId('report-version-2')).toHaveCount(0);
  await page.getByTestId('report-amend-reason').fill('补充室性早搏');
  await page.getByTestId('report-sign').click();
  await expect(page.getByTestId('report-version-2')).toBeVisible();
  await expect(page.getByTestId('report-version-1')).toBeVisible();
  const amended = (await (await tech.api.get(`/api/ecg/studies/${id}`)).json()) as StudyJson;
  expect(amended.report?.version).toBe(2);
  expect(amended.report?.conclusion).toBe('窦性心律，QT间期延长；偶发室性早搏');

  // Signed studies leave the worklist.
  await page.keyboard.press('w');
  await expect(page).toHaveURL(/\/ecg\/worklist$/);
  await expect(page.getByTestId(`worklist-row-${id}`)).toHaveCount(0);
  await readerContext.close();
});
