import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, test, type Page } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';
import { pickDeskFiles } from './desk.js';
import { switchLanguage } from './language.js';

/**
 * Issue 5, items 1 and 6: the patient of an uploaded ECG comes from the file and is corrected or
 * matched at the county desk; a reader opens a later ECG of the same patient and compares it side
 * by side with the earlier one. Two real cart files of the same subject (HL7 aECG and DICOM from
 * the ECG toolkit: SBJ-123, Clark, male, born 1953-05-08) play two visits of one patient.
 * With GESANG_E2E_SHOTS=<folder> the journey also saves screenshots of both screens at desk and
 * phone width in Chinese and Tibetan.
 */

const sharedData = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
function sharedFile(path: string): string {
  const full = resolve(sharedData, path);
  if (!existsSync(full)) {
    throw new Error(`shared test data missing: ${full}`);
  }
  return full;
}

const firstVisit = sharedFile('ecg-formats/hl7-aecg/hl7_Example_aECG.xml');
const secondVisit = sharedFile('ecg-formats/dicom/ecgtoolkit_Example.dcm');

const shots = process.env.GESANG_E2E_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (shots !== undefined && shots !== '') {
    mkdirSync(shots, { recursive: true });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
  }
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
}

/** An API session of a demo user (cookie and CSRF token). */
async function apiAs(username: string) {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username, password: demoPassword } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { api, headers: { 'x-csrf-token': csrfToken } };
}

/** Puts the users' saved languages back as seeded, for the journeys after this one. */
test.afterAll(async () => {
  for (const [username, locale] of [
    ['tech.lhatse', 'bo'],
    ['reader.shanghai', 'zh-CN'],
  ] as const) {
    const { api, headers } = await apiAs(username);
    expect((await api.patch('/api/auth/preferences', { data: { locale }, headers })).ok()).toBe(
      true,
    );
    await api.dispose();
  }
});

/** Sends a file from the desk and opens its study once the file was read. */
async function sendAndOpen(page: Page, path: string, name: string): Promise<string> {
  await pickDeskFiles(page, [path]);
  const upload = page.locator(`[data-testid="desk-upload"][data-name="${name}"]`);
  await expect(upload).toHaveAttribute('data-phase', 'sent', { timeout: 20_000 });
  const id = (await upload.getAttribute('data-study-id')) ?? '';
  const row = page.locator(`[data-testid="desk-study-row"][data-study-id="${id}"]`);
  await expect(row).toHaveAttribute('data-status', 'analysed', { timeout: 30_000 });
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/ecg/desk/${id}$`));
  return id;
}

let firstId = '';
let secondId = '';
let patientId = '';

test.describe.configure({ mode: 'serial' });

test('the desk shows the file’s patient, corrects it (409 on a stranger’s ID), then matches the next ECG', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  await signIn(page, 'tech.lhatse');
  await switchLanguage(page, 'zh-CN');
  await page.getByTestId('nav-ecgDesk').click();
  await expect(page.getByTestId('ecg-desk-page')).toBeVisible();

  // First visit: the patient block shows what the file says; nobody is matched yet.
  firstId = await sendAndOpen(page, firstVisit, 'hl7_Example_aECG.xml');
  const card = page.getByTestId('patient-match-card');
  await expect(card.getByTestId('patient-from-file')).toContainText('Clark');
  await expect(card.getByTestId('patient-from-file')).toContainText('1953-05-08');
  await expect(card.getByTestId('patient-from-file')).toContainText('SBJ-123');
  await expect(card).toHaveAttribute('data-linked', '');
  // No registered Clark yet: the candidate list opened by itself, and it is empty.
  await expect(card.getByTestId('patient-candidates')).toBeVisible();
  await expect(
    card.locator('[data-testid^="patient-candidate-"][data-testid$="-link"]'),
  ).toHaveCount(0);

  // Correct: the form starts from the file (pinyin name, sex, birth date, the cart's id as MRN).
  await card.getByTestId('patient-correct-open').click();
  const form = card.getByTestId('patient-correct-form');
  await expect(form.getByTestId('patient-name-pinyin')).toHaveValue('Clark');
  await expect(form.getByTestId('patient-identifier-0')).toHaveValue('SBJ-123');
  await expect(form.locator('.ant-picker input')).toHaveValue('1953-05-08');
  await form.getByTestId('patient-name-zh').fill('克拉克');
  // An MRN of another patient here (扎西's, LZ0002): 409, and the desk offers that patient.
  await form.getByTestId('patient-identifier-0').fill('LZ0002');
  await form.getByTestId('patient-correct-submit').click();
  const refusal = card.getByTestId('patient-change-error');
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole('button')).toHaveText('改为对应该患者');
  await expect(card).toHaveAttribute('data-linked', '');
  await form.getByTestId('patient-identifier-0').fill('SBJ-123');
  await form.getByTestId('patient-correct-submit').click();
  await expect(card).not.toHaveAttribute('data-linked', '', { timeout: 10_000 });
  patientId = (await card.getAttribute('data-linked')) ?? '';
  await expect(card.getByTestId('patient-registered')).toContainText('克拉克');
  await expect(card.getByTestId('patient-registered')).toContainText('SBJ-123');
  await expect(card.getByTestId('patient-history')).toContainText('更正');
  await shot(page, 'desk-corrected-zh-1366');

  // Second visit: the candidates find the registered patient by MRN, name and birth date.
  await page.getByTestId('desk-study-back').click();
  secondId = await sendAndOpen(page, secondVisit, 'ecgtoolkit_Example.dcm');
  const candidate = card.getByTestId(`patient-candidate-${patientId}`);
  await expect(candidate).toBeVisible();
  await expect(candidate).toContainText('本院病历号相同');
  await expect(candidate).toContainText('姓名、出生日期相同');
  await shot(page, 'desk-candidates-zh-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'desk-candidates-zh-390');
  await switchLanguage(page, 'bo');
  await expect(candidate).toContainText('ནད་ཐོའི་ཨང་');
  await shot(page, 'desk-candidates-bo-390');
  await card.getByTestId(`patient-candidate-${patientId}-link`).click();
  await expect(card).toHaveAttribute('data-linked', patientId);
  await shot(page, 'desk-matched-bo-390');
  await page.setViewportSize({ width: 1366, height: 800 });
  await shot(page, 'desk-matched-bo-1366');
});

test('a reader opens the later ECG and compares it side by side with the earlier one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(secondId).not.toBe('');
  // The earlier ECG was read and signed in Shanghai.
  const { api, headers } = await apiAs('reader.shanghai');
  expect(
    (await api.post(`/api/ecg/studies/${firstId}/claim`, { headers, data: {} })).status(),
  ).toBe(200);
  const signed = await api.post(`/api/ecg/studies/${firstId}/sign`, {
    headers,
    data: { statements: [{ code: 'sinus_rhythm' }], conclusion: '窦性心律，正常心电图' },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  await api.dispose();

  await page.setViewportSize({ width: 1366, height: 800 });
  await signIn(page, 'reader.shanghai');
  await page.goto(`/ecg/read/${secondId}`);
  await expect(page.getByTestId('study-page')).toBeVisible();
  await expect(page.getByTestId('ecg-canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('prior-bar')).toContainText('窦性心律，正常心电图');
  await expect(page.getByTestId('prior-panel')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId(`prior-item-${firstId}`)).toContainText('窦性心律，正常心电图');

  // P opens the comparison: two papers, one toolbar, the same speed and gain on both.
  await page.keyboard.press('p');
  const compare = page.getByTestId('prior-compare');
  await expect(compare).toHaveAttribute('data-prior', firstId);
  const current = compare.getByTestId('prior-compare-current').getByTestId('ecg-canvas');
  const earlier = compare.getByTestId('prior-compare-earlier').getByTestId('ecg-canvas');
  await expect(current).toBeVisible({ timeout: 20_000 });
  await expect(earlier).toBeVisible({ timeout: 20_000 });
  await expect(compare.getByTestId('prior-heading-conclusion-earlier')).toContainText(
    '窦性心律，正常心电图',
  );
  for (const canvas of [current, earlier]) {
    await expect(canvas).toHaveAttribute('data-speed', '25');
    await expect(canvas).toHaveAttribute('data-gain', '10');
  }
  await page.keyboard.press('s');
  await page.keyboard.press('g');
  for (const canvas of [current, earlier]) {
    await expect(canvas).toHaveAttribute('data-speed', '50');
    await expect(canvas).toHaveAttribute('data-gain', '20');
  }
  await page.keyboard.press('s');
  await page.keyboard.press('g');
  await page.keyboard.press('g');
  await shot(page, 'reader-compare-zh-1366');

  // The key is in the help overlay.
  await page.keyboard.press('?');
  await expect(page.getByTestId('reader-shortcut-help')).toContainText('与既往心电图对比');
  await page.keyboard.press('?');
  await expect(page.getByTestId('reader-shortcut-help')).toBeHidden();

  await switchLanguage(page, 'bo');
  await expect(compare.getByTestId('prior-heading-conclusion-earlier')).toBeVisible();
  await shot(page, 'reader-compare-bo-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'reader-compare-bo-390');
  await page.setViewportSize({ width: 1366, height: 800 });
  await switchLanguage(page, 'zh-CN');

  // P again closes it: the study's own viewer is back.
  await page.keyboard.press('p');
  await expect(compare).toHaveCount(0);
  await expect(page.getByTestId('ecg-canvas')).toHaveCount(1);
  await page.getByTestId('prior-panel').scrollIntoViewIfNeeded();
  await shot(page, 'reader-prior-panel-zh-1366');
});
