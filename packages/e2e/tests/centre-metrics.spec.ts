import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';
import { switchLanguage } from './language.js';

/**
 * Issue 6, items 4–7: the Xigaze chest-pain coordinator opens the five-centre quality dashboards
 * on the demo consortium's seeded year of cases, sees them charted under the DEMO badge, and
 * downloads the chest-pain cases (CSV, national platform field order) and a monthly quality
 * report (PDF). With GESANG_E2E_SHOTS=<folder> it also saves screenshots at desk (1366×800) and
 * phone (390×844) width in Chinese and Tibetan.
 */

const shots = process.env.GESANG_E2E_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (shots === undefined || shots === '') {
    return;
  }
  mkdirSync(shots, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(shots, `${name}.png`) });
  // The whole page in screen-high slices, scrolled (a full-page capture resizes the viewport,
  // and the charts with it).
  const height = page.viewportSize()?.height ?? 800;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < total; y += height, i += 1) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(shots, `${name}-part${i}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
}

/** The dashboards answer in about a second; a cold server on a busy machine takes longer. */
const loaded = { timeout: 30_000 };

/** Shows the demo data (the default only when the hub has no real case yet) and waits for it. */
async function showDemo(page: Page): Promise<void> {
  await page.getByTestId('centre-metrics-source').locator('.ant-segmented-item').nth(1).click();
  await expect(page.getByTestId('centre-metrics-page')).toHaveAttribute(
    'data-demo',
    'true',
    loaded,
  );
  await expect(page.getByTestId('centre-metrics-page')).toHaveAttribute(
    'data-loading',
    'false',
    loaded,
  );
}

async function openDashboards(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await signIn(page, 'cpc.xigaze');
  await page.goto('/centres/metrics');
  await expect(page.getByTestId('centre-metrics-page')).toHaveAttribute(
    'data-loading',
    'false',
    loaded,
  );
  await showDemo(page);
  return page;
}

/** Puts the coordinator's saved language back as seeded, for the journeys after this one. */
test.afterAll(async () => {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', {
    data: { username: 'cpc.xigaze', password: demoPassword },
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const reset = await api.patch('/api/auth/preferences', {
    data: { locale: 'zh-CN' },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(reset.ok()).toBe(true);
  await api.dispose();
});

test('the chest-pain coordinator charts the demo year and downloads the CSV and the monthly PDF', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'cpc.xigaze');

  // The server's default: real cases when the hub has any, else the seeded demo year.
  const answer = (await (await page.request.get('/api/centres/metrics')).json()) as {
    demo: boolean;
    available: { real: number; demo: number };
  };
  expect(answer.available.demo).toBeGreaterThan(3000);
  expect(answer.demo).toBe(answer.available.real === 0);

  await page.getByTestId('nav-centreMetrics').click();
  await expect(page).toHaveURL(/\/centres\/metrics$/);
  await expect(page.getByTestId('centre-metrics-page')).toHaveAttribute(
    'data-loading',
    'false',
    loaded,
  );
  await showDemo(page);
  await expect(page.getByTestId('centre-metrics-demo-badge')).toHaveText('演示数据');
  await expect(page.getByTestId('centre-metrics-demo-banner')).toBeVisible();
  await expect(page.getByTestId('centre-metrics-volumes-chart').locator('canvas')).toBeVisible();
  const fmc = page.getByTestId('centre-metrics-card-cp.fmc_to_ecg');
  await expect(fmc).toContainText('首次医疗接触到首份心电图');
  await expect(fmc).toContainText(/均值 < 10 分钟/);
  await expect(fmc.locator('canvas')).toBeVisible();
  await expect(page.getByTestId('centre-metrics-by-org')).toContainText('日喀则市人民医院');
  await expect(page.getByTestId('centre-metrics-by-org')).toContainText('拉孜县人民医院');
  await expect(page.getByTestId('centre-metrics-centre-stroke')).toContainText('进门到静脉溶栓');
  await shot(page, 'centre-metrics-desk-zh');

  // The CSV: the national platform's header, one row per demo case, each marked demo.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('centre-metrics-csv').click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(
    /^chest_pain-cases-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}-demo\.csv$/,
  );
  const text = readFileSync(await csv.path(), 'utf8');
  const [header = '', ...rows] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(
    header.startsWith('病例编号,医院,患者姓名,性别,年龄,身份证号,住院号/门诊号,发病时间,'),
  ).toBe(true);
  expect(header).toContain('首次医疗接触时间,首份心电图时间');
  expect(header.endsWith(',审核标记,演示数据')).toBe(true);
  expect(rows.length).toBeGreaterThan(500);
  expect(rows.every((row) => row.endsWith(',是'))).toBe(true);

  // The monthly quality report of the hub for the latest month of the period.
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('centre-metrics-pdf').click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^chest_pain-quality-\d{4}-\d{2}-demo\.pdf$/);
  const bytes = readFileSync(await pdf.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(20_000);
  if (shots !== undefined && shots !== '') {
    await pdf.saveAs(join(shots, 'centre-metrics-report.pdf'));
  }

  await switchLanguage(page, 'bo');
  await expect(page.getByTestId('centre-metrics-demo-badge')).toHaveText('དཔེ་སྟོན་གཞི་གྲངས།');
  await expect(page.getByRole('heading', { level: 3 })).toHaveText('ལྟེ་གནས་ལྔའི་སྤུས་ཚད་ལྟ་ཞིབ་ངོས་ལེབ།');
  await shot(page, 'centre-metrics-desk-bo');
  await switchLanguage(page, 'zh-CN');
  await context.close();

  if (shots !== undefined && shots !== '') {
    const phone = await openDashboards(browser, 390, 844);
    await shot(phone, 'centre-metrics-phone-zh');
    await switchLanguage(phone, 'bo');
    await shot(phone, 'centre-metrics-phone-bo');
    await switchLanguage(phone, 'zh-CN');
    await phone.context().close();
  }
});
