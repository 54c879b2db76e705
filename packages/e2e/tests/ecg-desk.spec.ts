import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, test, type Locator, type Page } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';
import { pickDeskFiles } from './desk.js';

/** ../shared/data beside the repository; a missing file fails the journey loudly. */
const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
function sharedFile(path: string): string {
  const full = resolve(sharedData, path);
  if (!existsSync(full)) {
    throw new Error(`shared test data missing: ${full}`);
  }
  return full;
}

const dicom = sharedFile('ecg-formats/dicom/waveform_ecg.dcm');
const muse = sharedFile('ecg-formats/ge-muse-xml/muse_ecg1.xml');
const scp = sharedFile('ecg-formats/scp-ecg/ecgtoolkit_Example.scp');

/** The Shanghai reading centre's reader (Lhatse routes its ECGs there), through the API. */
async function readerActs(studyId: string, action: 'claim' | 'sign'): Promise<void> {
  const api = await request.newContext({ baseURL });
  try {
    const login = await api.post('/api/auth/login', {
      data: { username: 'reader.shanghai', password: demoPassword },
    });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    const response =
      action === 'claim'
        ? await api.post(`/api/ecg/studies/${studyId}/claim`, { headers, data: {} })
        : await api.post(`/api/ecg/studies/${studyId}/sign`, {
            headers,
            data: { statements: [{ code: 'sinus_rhythm' }], conclusion: 'Sinus rhythm. E2E.' },
          });
    expect(response.status(), await response.text()).toBe(200);
  } finally {
    await api.dispose();
  }
}

/** Signs in as the Lhatse county technician and opens the desk from the menu. */
async function openDesk(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await page.getByTestId('sign-in-username').fill('tech.lhatse');
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-ecgDesk').click();
  await expect(page).toHaveURL(/\/ecg\/desk$/);
  await expect(page.getByTestId('ecg-desk-page')).toBeVisible();
}

/** The queue row of the file named `name` (one row per file, newest pick). */
const uploadRow = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="desk-upload"][data-name="${name}"]`);

test('a county technician sends ECGs, follows them to the signed report, and sends again after the link drops', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await openDesk(page);

  // 1. Chest pain and first medical contact in two taps, then the DICOM file.
  await page.getByTestId('desk-chest-pain-yes').click();
  await page.getByTestId('desk-firstMedicalContactAt-now').click();
  await expect(page.getByTestId('desk-firstMedicalContactAt-value')).toBeVisible();
  await pickDeskFiles(page, [dicom]);
  const first = uploadRow(page, 'waveform_ecg.dcm');
  await expect(first).toHaveAttribute('data-phase', 'sent', { timeout: 20_000 });
  await expect(first.getByTestId('desk-upload-sent')).toBeVisible();
  await expect(first.getByTestId('desk-context-chips')).toBeVisible();
  const studyId = await first.getAttribute('data-study-id');
  expect(studyId).toMatch(/^[0-9a-f-]{36}$/);

  // The machine's pre-read arrives over the live stream: analysed, with a triage level.
  const row = page.locator(`[data-testid="desk-study-row"][data-study-id="${studyId}"]`);
  await expect(row).toHaveAttribute('data-status', 'analysed', { timeout: 30_000 });
  const triage = row.getByTestId('desk-triage');
  await expect(triage).toBeVisible();
  expect(['critical', 'urgent', 'routine']).toContain(await triage.getAttribute('data-level'));
  await expect(first.getByTestId('desk-study-status')).toHaveAttribute('data-status', 'analysed');

  // A reader in Shanghai claims it, then signs: the desk follows both live, with the name.
  await readerActs(studyId ?? '', 'claim');
  await expect(row).toHaveAttribute('data-status', 'claimed', { timeout: 10_000 });
  await expect(row).toContainText('Dr Wang');
  await readerActs(studyId ?? '', 'sign');
  await expect(row).toHaveAttribute('data-status', 'signed', { timeout: 10_000 });
  // The clinical context was stored with the study and the form is clear for the next patient.
  await expect(page.getByTestId('desk-firstMedicalContactAt-now')).toBeVisible();

  // 2. The same file again: the server answers with the first study; no second row anywhere.
  await pickDeskFiles(page, [dicom]);
  await expect(first.getByTestId('desk-upload-repeat')).toBeVisible({ timeout: 20_000 });
  await expect(first).toHaveAttribute('data-study-id', studyId ?? '');
  await expect(page.getByTestId('desk-upload')).toHaveCount(1);
  await expect(
    page.locator(`[data-testid="desk-study-row"][data-study-id="${studyId}"]`),
  ).toHaveCount(1);
  const rowsBefore = await page.getByTestId('desk-study-row').count();

  // 3. The link drops: a file picked now waits in the local queue …
  await context.setOffline(true);
  await expect(page.getByTestId('desk-status-bar')).toHaveAttribute('data-online', 'false');
  await pickDeskFiles(page, [muse]);
  const queued = uploadRow(page, 'muse_ecg1.xml');
  await expect(queued).toHaveAttribute('data-phase', 'waiting');
  await expect(page.getByTestId('desk-queue-pending')).toBeVisible();
  // … kept on disk (IndexedDB), not only in the page.
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolveCount, reject) => {
        const open = indexedDB.open('gesang-ecg-desk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('uploads').objectStore('uploads').count();
          request.onsuccess = () => {
            resolveCount(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error ?? new Error('count failed'));
        };
      }),
  );
  expect(stored).toBe(1);
  await page.waitForTimeout(1_500);
  await expect(queued).toHaveAttribute('data-phase', 'waiting');

  // 4. The link returns: the queue is sent without a click and the study joins the list.
  await context.setOffline(false);
  await expect(queued).toHaveAttribute('data-phase', 'sent', { timeout: 20_000 });
  const museId = await queued.getAttribute('data-study-id');
  const museRow = page.locator(`[data-testid="desk-study-row"][data-study-id="${museId}"]`);
  await expect(museRow).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByTestId('desk-study-row')).toHaveCount(rowsBefore + 1);
  await expect(museRow).not.toHaveAttribute('data-status', 'received', { timeout: 30_000 });

  // 5. An upload cut off on the wire is retried by itself.
  let attempts = 0;
  await page.route('**/api/ecg/studies', async (route) => {
    attempts += 1;
    await (attempts === 1 ? route.abort('connectionreset') : route.continue());
  });
  await pickDeskFiles(page, [scp]);
  const cut = uploadRow(page, 'ecgtoolkit_Example.scp');
  await expect(cut).toHaveAttribute('data-phase', 'waiting', { timeout: 10_000 });
  await expect(cut).toHaveAttribute('data-phase', 'sent', { timeout: 20_000 });
  expect(attempts).toBe(2);
  await page.unroute('**/api/ecg/studies');

  // 6. The first study opens read-only: the signed report, and the tracing read in the browser
  // from the original file.
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/ecg/desk/${studyId}$`));
  await expect(page.getByTestId('desk-study-view')).toBeVisible();
  await expect(page.getByTestId('desk-report')).toContainText('Dr Wang');
  await expect(page.getByTestId('desk-report-conclusion')).toHaveText('Sinus rhythm. E2E.');
  // The printable report behind the PDF button is a PDF, fetched with this browser's session.
  const pdfHref = await page.getByTestId('desk-report-pdf').getAttribute('href');
  const pdf = await page.request.get(pdfHref ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByTestId('ecg-canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('ecg-findings-machine')).toBeVisible();
  await page.getByTestId('desk-study-back').click();
  await expect(page).toHaveURL(/\/ecg\/desk$/);
});
