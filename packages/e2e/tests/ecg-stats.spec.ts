import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { demoPassword } from './env.js';

/**
 * SLA statistics (issue 5, item 8): a county technician sends a real cart file, a Shanghai reader
 * claims it and signs with one machine statement removed and one added; the reading centre's
 * coordinator opens "SLA statistics" from the menu and sees the numbers, the county, the reader
 * and the added statement counted as missed by the machine.
 */

const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const ecgFile = resolve(sharedData, 'ecg-formats/hl7-aecg/hl7_Example_aECG.xml');

/** The statement the reader adds (not among the machine's for this file). */
const added = 'premature_ventricular_complexes';

/** An API session of a demo user in its own browser context (cookie + CSRF token). */
async function apiAs(
  browser: Browser,
  username: string,
): Promise<{ api: APIRequestContext; csrf: string }> {
  const context = await browser.newContext();
  const login = await context.request.post('/api/auth/login', {
    data: { username, password: demoPassword },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { api: context.request, csrf: csrfToken };
}

/** Uploads the file as tech.lhatse, then reader2.shanghai claims and signs it; the machine's codes. */
async function signedStudy(browser: Browser): Promise<string[]> {
  if (!existsSync(ecgFile)) {
    throw new Error(`shared test data missing: ${ecgFile}`);
  }
  const tech = await apiAs(browser, 'tech.lhatse');
  const upload = await tech.api.post('/api/ecg/studies', {
    headers: { 'Idempotency-Key': randomUUID(), 'X-CSRF-Token': tech.csrf },
    multipart: {
      file: { name: basename(ecgFile), mimeType: 'application/xml', buffer: readFileSync(ecgFile) },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  let codes: string[] = [];
  await expect
    .poll(
      async () => {
        const study = (await (await tech.api.get(`/api/ecg/studies/${id}`)).json()) as {
          status: string;
          analysis: { statements: { code: string }[] } | null;
        };
        codes = study.analysis?.statements.map((s) => s.code) ?? [];
        return study.status;
      },
      { timeout: 30_000 },
    )
    .toBe('analysed');
  expect(codes).not.toContain(added);

  const reader = await apiAs(browser, 'reader2.shanghai');
  const headers = { 'X-CSRF-Token': reader.csrf };
  const claim = await reader.api.post(`/api/ecg/studies/${id}/claim`, { headers });
  expect(claim.status(), await claim.text()).toBe(200);
  const kept = codes.slice(1);
  const sign = await reader.api.post(`/api/ecg/studies/${id}/sign`, {
    headers,
    data: {
      statements: [...kept, added].map((code) => ({ code })),
      conclusion: 'E2E statistics',
    },
  });
  expect(sign.status(), await sign.text()).toBe(200);
  return codes;
}

test('the reading centre’s coordinator sees the SLA statistics of a signed county ECG', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const machineCodes = await signedStudy(browser);

  // Administrators (audit:read) may see them too; a consultant without either permission not.
  const admin = await apiAs(browser, 'admin');
  expect((await admin.api.get('/api/ecg/stats')).status()).toBe(200);
  const specialist = await apiAs(browser, 'specialist.xigaze');
  expect((await specialist.api.get('/api/ecg/stats')).status()).toBe(403);

  // A laptop left on another zone: the periods are still Beijing days (16 h apart from Los
  // Angeles, so for two thirds of the day "today" differs between the two calendars).
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill('coordinator.shanghai');
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-ecgStats').click();
  await expect(page).toHaveURL(/\/ecg\/stats$/);
  await expect(page.getByTestId('ecg-stats-page')).toHaveAttribute('data-loading', 'false');

  // Numbers, not placeholders: at least this study, signed, with a median time to sign.
  const count = Number(await page.getByTestId('stats-studies-count').textContent());
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('stats-sign')).toContainText(/\d+:\d\d/);
  await expect(page.getByTestId('stats-critical-share')).toContainText('10');
  await expect(page.getByTestId('stats-month-chart').locator('canvas')).toBeVisible();

  // By county: Lhatse (zh name, the demo user's language); by reader: Dr Zhang who signed.
  await expect(page.getByTestId('stats-by-county')).toContainText('拉孜县人民医院');
  await page.getByRole('tab', { name: '按判读医生' }).click();
  await expect(page.getByTestId('stats-by-reader')).toContainText('Dr Zhang');

  // The added statement counts as missed by the machine; the removed one as its false positive.
  const addedRow = page.getByTestId(`agreement-row-${added}`);
  await expect(addedRow).toContainText('室性早搏');
  await expect(addedRow.locator('td').nth(3)).not.toHaveText('0');
  const removed = machineCodes[0];
  if (removed !== undefined && !machineCodes.slice(1).includes(removed)) {
    await expect(page.getByTestId(`agreement-row-${removed}`).locator('td').nth(2)).not.toHaveText(
      '0',
    );
  }
  await context.close();
});
