import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { demoPassword } from './env.js';
import { pickDeskFiles } from './desk.js';

/** ../shared/data beside the repository; a missing file fails the journey loudly. */
const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
const edfPath = resolve(sharedData, 'ecg-formats/edf/test_generator_2.edf');

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Signs in as the Lhatse county technician and opens the desk from the menu. */
async function openDesk(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill('tech.lhatse');
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-ecgDesk').click();
  await expect(page.getByTestId('ecg-desk-page')).toBeVisible();
}

/** The resumable upload URL kept with the queued file in IndexedDB (null when none). */
const keptUploadUrl = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolveUrl, reject) => {
        const open = indexedDB.open('gesang-ecg-desk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('uploads').objectStore('uploads').getAll();
          all.onsuccess = () => {
            const rows = all.result as { uploadUrl?: string | null }[];
            resolveUrl(rows[0]?.uploadUrl ?? null);
            open.result.close();
          };
          all.onerror = () => reject(all.error ?? new Error('read failed'));
        };
      }),
  );

test('a 2.7 MB ECG whose link drops mid-way, even across a reload, resumes where it stopped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  if (!existsSync(edfPath)) {
    throw new Error(`shared test data missing: ${edfPath}`);
  }
  const source = readFileSync(edfPath);
  await openDesk(page);

  // What reaches the server. After ten chunks the link goes down for PATCH requests (they never
  // leave the browser) until it is back up.
  const delivered: { offset: number; sizeBytes: number }[] = [];
  const methods: string[] = [];
  let link: 'up' | 'down' | 'back' = 'up';
  await page.route('**/api/ecg/uploads/**', async (route) => {
    const request = route.request();
    const method = request.method();
    if (method === 'PATCH' && link === 'up' && delivered.length >= 10) {
      link = 'down';
    }
    if (method === 'PATCH' && link === 'down') {
      await route.abort('connectionreset');
      return;
    }
    methods.push(method);
    if (method === 'PATCH') {
      const offset = Number(await request.headerValue('upload-offset'));
      delivered.push({ offset, sizeBytes: request.postDataBuffer()?.length ?? -1 });
    }
    await route.continue();
  });
  await page.route('**/api/ecg/uploads', async (route) => {
    methods.push(route.request().method());
    await route.continue();
  });

  await pickDeskFiles(page, edfPath);
  const row = page.locator('[data-testid="desk-upload"][data-name="test_generator_2.edf"]');
  // Ten chunks of 64 KiB arrived, then the link dropped: the file waits for a retry.
  await expect(row).toHaveAttribute('data-phase', 'uploading', { timeout: 20_000 });
  await expect.poll(() => delivered.length, { timeout: 30_000 }).toBe(10);
  await expect(row).toHaveAttribute('data-phase', 'waiting', { timeout: 30_000 });
  expect(delivered).toHaveLength(10);
  const uploadUrl = await keptUploadUrl(page);
  expect(uploadUrl).toMatch(/^\/api\/ecg\/uploads\/[0-9a-f]{32}$/);

  // The technician reloads the page while the link is still down: the file is still queued, and
  // the page asks the server where the upload stands instead of starting again.
  await page.reload();
  await expect(page.getByTestId('ecg-desk-page')).toBeVisible();
  await expect(row).toBeVisible();
  await expect.poll(() => methods.filter((m) => m === 'HEAD').length).toBeGreaterThanOrEqual(1);
  expect(await keptUploadUrl(page)).toBe(uploadUrl);

  // The link returns: the upload completes from where it stopped and the study joins the list.
  link = 'back';
  await expect(row).toHaveAttribute('data-phase', 'sent', { timeout: 60_000 });
  const studyId = await row.getAttribute('data-study-id');
  expect(studyId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(
    page.locator(`[data-testid="desk-study-row"][data-study-id="${studyId}"]`),
  ).toHaveCount(1, { timeout: 20_000 });

  // Created once; every byte crossed once, in order, each chunk starting where the last ended.
  expect(methods.filter((m) => m === 'POST')).toHaveLength(1);
  let expectedOffset = 0;
  for (const chunk of delivered) {
    expect(chunk.offset).toBe(expectedOffset);
    expectedOffset += chunk.sizeBytes;
  }
  expect(expectedOffset).toBe(source.length);
  // The study's file is the source, byte for byte.
  const file = await page.request.get(`/api/ecg/studies/${studyId}/file`);
  expect(file.status()).toBe(200);
  expect(sha256(await file.body())).toBe(sha256(source));
});
