import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';

/**
 * The chest-pain coordinator's live board (issue 6, items 1–3 and 8): a STEMI signed for a county
 * opens a green channel at the hub; the coordinator sees it arrive on the board without reloading
 * and acknowledges it, records the door time (at another time) on the board and the wire on the
 * case page (one tap, then corrected with a reason), and reads door-to-wire computed from the two
 * times and charted against its 90-minute target.
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

/** A GE MUSE 12-lead record no other journey uploads. */
const ecgFile = sharedFile('ecg-formats/ge-muse-xml/muse_ecg2.xml');

const minuteMs = 60_000;

/** An API session of a demo user (cookie + CSRF token), disposed by the caller. */
async function apiAs(username: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username, password: demoPassword } });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { api, csrf: csrfToken };
}

/** The county technician sends the file; resolves with the study id once it is analysed. */
async function uploadAnalysed(): Promise<string> {
  const tech = await apiAs('tech.lhatse');
  try {
    const upload = await tech.api.post('/api/ecg/studies', {
      headers: { 'Idempotency-Key': randomUUID(), 'X-CSRF-Token': tech.csrf },
      multipart: {
        file: {
          name: basename(ecgFile),
          mimeType: 'application/xml',
          buffer: readFileSync(ecgFile),
        },
      },
    });
    expect(upload.status(), await upload.text()).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    await expect
      .poll(
        async () =>
          ((await (await tech.api.get(`/api/ecg/studies/${id}`)).json()) as { status: string })
            .status,
        { timeout: 30_000 },
      )
      .toBe('analysed');
    return id;
  } finally {
    await tech.api.dispose();
  }
}

/** The hub's reader claims the study and signs a STEMI. */
async function signStemi(studyId: string): Promise<void> {
  const reader = await apiAs('reader.xigaze');
  try {
    const headers = { 'X-CSRF-Token': reader.csrf };
    const claim = await reader.api.post(`/api/ecg/studies/${studyId}/claim`, { headers, data: {} });
    expect(claim.status(), await claim.text()).toBe(200);
    const sign = await reader.api.post(`/api/ecg/studies/${studyId}/sign`, {
      headers,
      data: {
        statements: [{ code: 'sinus_rhythm' }, { code: 'stemi' }],
        conclusion: '急性下壁 ST 段抬高型心肌梗死。E2E.',
      },
    });
    expect(sign.status(), await sign.text()).toBe(200);
  } finally {
    await reader.api.dispose();
  }
}

/** Signs in through the sign-in page and opens the board from the menu. */
async function openBoard(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill('cpc.xigaze');
  await page.getByTestId('sign-in-password').fill(demoPassword);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  await page.getByTestId('nav-centreBoard').click();
  await expect(page).toHaveURL(/\/centres\/board$/);
  await expect(page.getByTestId('board-live')).toHaveAttribute('data-status', 'live');
}

/** `YYYY-MM-DDTHH:mm` of an instant in the browser's own zone (what a datetime-local shows). */
async function localValue(page: Page, ms: number): Promise<string> {
  return page.evaluate((at) => {
    const d = new Date(at);
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${String(d.getFullYear())}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
  }, ms);
}

test('the coordinator acknowledges a green channel, records door and wire, and reads door-to-wire', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await openBoard(page);
  await page.evaluate(() => {
    (window as unknown as { gesangNoReload: boolean }).gesangNoReload = true;
  });

  const studyId = await uploadAnalysed();
  await signStemi(studyId);

  // The green channel arrives live at the top of the board, waiting for acknowledgement.
  const alert = page.locator(`[data-testid="green-channel-alert"][data-study-id="${studyId}"]`);
  await expect(alert).toBeVisible({ timeout: 20_000 });
  expect(
    await page.evaluate(() => (window as unknown as { gesangNoReload?: boolean }).gesangNoReload),
  ).toBe(true);
  await expect(alert).toHaveAttribute('data-acknowledged', 'false');
  await expect(alert).toContainText('拉孜县人民医院');
  const caseId = (await alert.getAttribute('data-case-id')) ?? '';
  expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

  await alert.getByTestId('green-channel-acknowledge').click();
  await expect(alert).toHaveAttribute('data-acknowledged', 'true');
  await expect(alert.getByTestId('green-channel-acknowledged-by')).toContainText('卓玛');

  // The case's card: opened by the green channel from the county, first ECG already recorded.
  const card = page.locator(`[data-testid="case-card"][data-case-id="${caseId}"]`);
  await expect(card.getByTestId('case-how')).toContainText('拉孜县人民医院');
  await expect(card.getByTestId('case-ack')).toContainText('卓玛');
  await expect(card.getByTestId('clock-cp.d2w')).toHaveAttribute('data-phase', 'waiting');

  // The patient came through the door 80 minutes ago: recorded "at another time" on the card.
  const doorMs = Math.floor(Date.now() / minuteMs) * minuteMs - 80 * minuteMs;
  await card.getByTestId('record-other').click();
  const dialog = page.getByTestId('event-time-modal');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('event-time-event')).toContainText('到达医院大门');
  await page.getByTestId('event-time-input').fill(await localValue(page, doorMs));
  await page.getByTestId('event-time-submit').click();
  await expect(dialog).toBeHidden();

  // Door → wire now runs at 80 of 90 minutes (amber, "at risk"); door → needle (30) is over.
  const d2w = card.getByTestId('clock-cp.d2w');
  await expect(d2w).toHaveAttribute('data-phase', 'running');
  await expect(d2w).toHaveAttribute('data-tone', 'at_risk');
  await expect(d2w.getByTestId('clock-state')).toHaveText('即将超时');
  await expect(card.getByTestId('clock-cp.d2n')).toHaveAttribute('data-tone', 'over');
  const shown = (await d2w.getByTestId('clock-time').textContent()) ?? '';
  expect(shown).toMatch(/^8[0-9]:\d\d$/);
  await expect(d2w.getByTestId('clock-time')).not.toHaveText(shown);

  // The case page: the wire in one tap (now), then corrected to door + 72 min with a reason.
  await card.getByTestId('case-card-open').click();
  await expect(page).toHaveURL(new RegExp(`/centres/cases/${caseId}$`));
  const casePage = page.getByTestId('case-page');
  await expect(casePage).toHaveAttribute('data-status', 'open');
  await casePage.getByTestId('record-wire_crossing').click();
  await expect(page.getByTestId('event-recorded').filter({ hasText: '导丝通过' })).toBeVisible();
  await expect(casePage.getByTestId('timeline-wire_crossing')).toBeVisible();
  await casePage.getByTestId('timeline-wire_crossing-correct').click();
  const wireMs = doorMs + 72 * minuteMs;
  await page.getByTestId('event-time-input').fill(await localValue(page, wireMs));
  // A correction without a reason is refused in the dialog.
  await page.getByTestId('event-time-submit').click();
  await expect(page.getByText('请填写原因')).toBeVisible();
  await page.getByTestId('event-time-reason').fill('导管室电话核对的导丝通过时间');
  await page.getByTestId('event-time-submit').click();
  await expect(page.getByTestId('event-time-modal')).toBeHidden();
  await expect(casePage.getByTestId('timeline-wire_crossing')).toHaveAttribute(
    'data-at',
    new Date(wireMs).toISOString(),
  );

  // Door → wire = wire − door = 72 min, within 90: stopped clock, metric and its bar.
  await expect(casePage.getByTestId('clock-cp.d2w')).toHaveAttribute('data-phase', 'stopped');
  await expect(casePage.getByTestId('clock-cp.d2w').getByTestId('clock-time')).toHaveText('72:00');
  const metric = casePage.getByTestId('metric-cp.d2w');
  await expect(metric).toHaveAttribute('data-value-min', '72');
  await expect(metric).toHaveAttribute('data-met', 'true');
  await expect(metric.getByTestId('metric-value')).toHaveText('72 分钟 ≤ 90 ✓');
  await expect(metric.locator('.gesang-metric-fill')).toBeVisible();
  await expect(metric.locator('.gesang-metric-target')).toBeVisible();

  // The history keeps the one-tap time and the correction with its reason.
  const corrected = casePage.locator(
    '[data-testid="case-history-entry"][data-action="corrected"][data-event="wire_crossing"]',
  );
  await expect(corrected).toContainText('导管室电话核对的导丝通过时间');
  await expect(corrected).toContainText('卓玛');
  await expect(
    casePage.locator('[data-testid="case-history-entry"][data-event="first_ecg"]'),
  ).toBeVisible();

  // The server computed the same interval from the same instants.
  const events = await page.request.get(`/api/cases/${caseId}`);
  const detail = (await events.json()) as { events: Record<string, string> };
  expect(Date.parse(detail.events.wire_crossing ?? '') - Date.parse(detail.events.door ?? '')).toBe(
    72 * minuteMs,
  );
  await context.close();
});
