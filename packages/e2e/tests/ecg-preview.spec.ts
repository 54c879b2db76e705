import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoPassword } from './env.js';

/** ../shared/data beside the repository; a missing file fails the journey loudly. */
const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
function sharedFile(path: string): string {
  const full = resolve(sharedData, path);
  if (!existsSync(full)) {
    throw new Error(`shared test data missing: ${full}`);
  }
  return full;
}

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];

/** Sign in through the sign-in page and open the ECG preview from the menu. */
async function openPreview(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await page.getByTestId('sign-in-username').fill('tech.lhatse');
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-ecgPreview').click();
  await expect(page).toHaveURL(/\/ecg\/preview$/);
}

/** Pick files with the page's file input (what a click or a drop hands over). */
async function pickFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('ecg-file-picker').locator('input[type=file]').setInputFiles(paths);
}

/** Share of canvas pixels that are ink (dark), i.e. traces, labels and pulses were drawn. */
async function inkShare(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      ink += (data[i] ?? 255) < 90 && (data[i + 1] ?? 255) < 90 ? 1 : 0;
    }
    return ink / (data.length / 4);
  });
}

/** Shows the twelve leads on the paper and walks the viewer's keyboard shortcuts. */
async function checkViewer(page: Page): Promise<void> {
  for (const lead of TWELVE) {
    await expect(page.getByTestId(`ecg-lead-${lead}`)).toBeVisible();
  }
  const canvas = page.getByTestId('ecg-canvas');
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAttribute('data-layout', '3x4');
  await expect(canvas).toHaveAttribute('data-speed', '25');
  await expect(canvas).toHaveAttribute('data-gain', '10');
  expect(await inkShare(canvas)).toBeGreaterThan(0.005);

  await page.keyboard.press('2');
  await expect(canvas).toHaveAttribute('data-layout', '12x1');
  await page.keyboard.press('s');
  await expect(canvas).toHaveAttribute('data-speed', '50');
  await page.keyboard.press('g');
  await expect(canvas).toHaveAttribute('data-gain', '20');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-layout', 'single');
  await expect(canvas).toHaveAttribute('data-zoom-lead', 'I');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('data-zoom-lead', 'II');
  await page.keyboard.press('Escape');
  await expect(canvas).toHaveAttribute('data-layout', '12x1');
  await page.keyboard.press('?');
  await expect(page.getByTestId('ecg-shortcut-help')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByTestId('ecg-shortcut-help')).toBeHidden();
  await page.keyboard.press('1');
  await page.keyboard.press('s');
  await page.keyboard.press('g');
  await page.keyboard.press('g');
  await expect(canvas).toHaveAttribute('data-layout', '3x4');
  await expect(canvas).toHaveAttribute('data-speed', '25');
  await expect(canvas).toHaveAttribute('data-gain', '10');

  // Calipers: drag 20 mm along lead I = 4 large squares = 800 ms, 75 /min.
  const pxPerMm = Number(await canvas.getAttribute('data-px-per-mm'));
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (box === null) {
    throw new Error('canvas has no box');
  }
  const y = box.y + 20 * pxPerMm; // first row (lead I): 0–40 mm at 10 mm/mV
  const x = box.x + 20 * pxPerMm; // lead I's window starts at 10 mm
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 10 * pxPerMm, y, { steps: 3 });
  await page.mouse.move(x + 20 * pxPerMm, y, { steps: 3 });
  await page.mouse.up();
  const reading = page.getByTestId('ecg-caliper-reading');
  await expect(reading).toContainText('ms');
  const ms = Number(/Δt (\d+) ms/.exec((await reading.textContent()) ?? '')?.[1]);
  expect(Math.abs(ms - 800)).toBeLessThanOrEqual(12); // ± a third of a small square
  await page.keyboard.press('Escape');
  await expect(reading).not.toContainText('Δt');

  // A click on a cell zooms its lead: aVR is the second column (72.5–135 mm) of the first row.
  await page.mouse.click(box.x + 100 * pxPerMm, box.y + 20 * pxPerMm);
  await expect(canvas).toHaveAttribute('data-layout', 'single');
  await expect(canvas).toHaveAttribute('data-zoom-lead', 'aVR');
  await page.keyboard.press('Escape');
  await expect(canvas).toHaveAttribute('data-layout', '3x4');
}

test('technician previews a DICOM ECG in the browser and reads it with the keyboard', async ({
  page,
}) => {
  await openPreview(page);
  await pickFiles(page, [sharedFile('ecg-formats/dicom/waveform_ecg.dcm')]);
  await expect(page.getByTestId('ecg-record-summary')).toContainText('DICOM');
  await checkViewer(page);
});

test('technician previews a WFDB record (.hea + .dat) and runs the analysis', async ({ page }) => {
  await openPreview(page);
  await pickFiles(page, [
    sharedFile('ecg/ptbxl_wfdb/records500/00000/00436_hr.hea'),
    sharedFile('ecg/ptbxl_wfdb/records500/00000/00436_hr.dat'),
  ]);
  await expect(page.getByTestId('ecg-record-summary')).toContainText('WFDB');
  await checkViewer(page);
  await page.getByTestId('ecg-analyse').click();
  await expect(page.getByTestId('ecg-findings-machine')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('ecg-triage')).toBeVisible();
  await expect(page.getByTestId('ecg-findings-machine-measurements')).toContainText('ms');
});

test('a file that is not an ECG is refused with the reason', async ({ page }) => {
  await openPreview(page);
  await page
    .getByTestId('ecg-file-picker')
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  const alert = page.getByTestId('ecg-read-error');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-code', 'not-ecg');
  await expect(alert).toContainText('notes.txt');
  await expect(page.getByTestId('ecg-canvas')).toHaveCount(0);
});
