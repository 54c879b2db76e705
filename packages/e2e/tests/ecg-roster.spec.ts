import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { demoPassword } from './env.js';
import { clickPopupOption } from './popup.js';

/**
 * The duty roster (issue 5, item 4). The consortium administrator sets up a reading centre of
 * its own for this run — a reader covering every hour of the week but one (Wednesday-like day W,
 * 03:00–04:00), a coordinator round the clock, and the centre's administrator — so the demo
 * roster the other journeys rely on is never touched. The centre's administrator opens the
 * roster, sees who is on duty, closes the uncovered hour with a new shift and sees it turn
 * covered, then deletes the shift and sees the hour open again. The reader sees the same page
 * without any edit control, on a desktop and (one day at a time) on a phone. An administrator
 * whose rights are withdrawn while the editor is open sees the server's refusal in plain words.
 */

const suffix = Date.now().toString(36);
const password = 'e2e-password-123';
const readerName = `roster.reader.${suffix}`;
const adminName = `roster.admin.${suffix}`;
/** A second administrator, whose rights are withdrawn while the editor is open. */
const revokedName = `roster.admin2.${suffix}`;

interface Api {
  api: APIRequestContext;
  csrf: string;
}

interface World {
  orgId: string;
  readerId: string;
  adminId: string;
  revokedId: string;
  /** ISO weekday (1 Monday … 7 Sunday) with the uncovered hour 03:00–04:00. */
  gapWeekday: number;
}

async function signInApi(browser: Browser, username: string, pass: string): Promise<Api> {
  const context = await browser.newContext();
  const login = await context.request.post('/api/auth/login', {
    data: { username, password: pass },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { api: context.request, csrf: csrfToken };
}

async function post<T>({ api, csrf }: Api, path: string, data: unknown): Promise<T> {
  const response = await api.post(path, { data, headers: { 'X-CSRF-Token': csrf } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

/** ISO weekday of today on the roster's clock, as the server reports its zone. */
async function todayWeekday(api: APIRequestContext): Promise<number> {
  const coverage = (await (await api.get('/api/ecg/roster/coverage')).json()) as {
    timeZone: string;
  };
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: coverage.timeZone,
    weekday: 'short',
  }).format(new Date());
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1;
}

/** The reading centre, its people and its roster (two weekly shifts a day per duty). */
async function setUp(browser: Browser): Promise<World> {
  const admin = await signInApi(browser, 'admin', demoPassword);
  const org = await post<{ id: string }>(admin, '/api/orgs', {
    parentId: null,
    kind: 'reading_centre',
    code: `e2e-roster-${suffix}`,
    name: {
      zh: `E2E 判读中心 ${suffix}`,
      en: `E2E reading centre ${suffix}`,
      bo: `E2E སྙིང་གློག་དབྱེ་ཞིབ་ལྟེ་གནས། ${suffix}`,
    },
  });
  const user = (username: string, displayName: string, role: string): Promise<{ id: string }> =>
    post(admin, '/api/users', {
      username,
      displayName,
      password,
      locale: 'zh-CN',
      memberships: [{ orgId: org.id, roles: [role] }],
    });
  const reader = await user(readerName, `E2E 读图 ${suffix}`, 'ecg_reader');
  const centreAdmin = await user(adminName, `E2E 管理 ${suffix}`, 'org_admin');
  const revoked = await user(revokedName, `E2E 管理二 ${suffix}`, 'org_admin');
  // Never today, so the reader is on duty whenever the journey runs.
  const gapWeekday = (((await todayWeekday(admin.api)) + 1) % 7) + 1;
  const shift = (userId: string, role: string, weekday: number, start: string, end: string) =>
    post(admin, '/api/ecg/roster/shifts', {
      orgId: org.id,
      userId,
      role,
      weekday,
      startTime: start,
      endTime: end,
    });
  for (let weekday = 1; weekday <= 7; weekday++) {
    await shift(centreAdmin.id, 'coordinator', weekday, '00:00', '12:00');
    await shift(centreAdmin.id, 'coordinator', weekday, '12:00', '24:00');
    await shift(reader.id, 'primary', weekday, '12:00', '24:00');
    if (weekday === gapWeekday) {
      await shift(reader.id, 'primary', weekday, '00:00', '03:00');
      await shift(reader.id, 'primary', weekday, '04:00', '12:00');
    } else {
      await shift(reader.id, 'primary', weekday, '00:00', '12:00');
    }
  }
  await admin.api.dispose();
  return {
    orgId: org.id,
    readerId: reader.id,
    adminId: centreAdmin.id,
    revokedId: revoked.id,
    gapWeekday,
  };
}

/**
 * Sign in through the sign-in page and open the roster: from the menu, or (a phone, whose menu
 * is a drawer) by its address.
 */
async function openRoster(page: Page, username: string, byMenu = true): Promise<void> {
  await page.goto('/');
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
  if (byMenu) {
    await page.getByTestId('nav-ecgRoster').click();
  } else {
    await page.goto('/ecg/roster');
  }
  await expect(page).toHaveURL(/\/ecg\/roster$/);
  await expect(page.getByTestId('roster-page')).toBeVisible();
}

let world: World;

test.beforeAll(async ({ browser }) => {
  world = await setUp(browser);
});

test('a reading centre administrator closes an uncovered hour and opens it again', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await openRoster(page, adminName);
  await expect(page.getByTestId('roster-page')).toHaveAttribute('data-can-edit', 'true');

  // On duty now: the reader and the coordinator of the centre.
  const card = page.getByTestId(`on-duty-card-${world.orgId}`);
  await expect(card.getByTestId(`on-duty-person-${world.readerId}`)).toBeVisible();
  await expect(card.getByTestId(`on-duty-person-${world.adminId}`)).toBeVisible();

  // The week: exactly one hour without a reader, day W 03:00–04:00, drawn red.
  const day = world.gapWeekday - 1;
  const cell = page.getByTestId(`roster-hour-${day}-3`);
  const summary = page.getByTestId('roster-uncovered');
  await expect(summary).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('roster-gap-runs')).toContainText('03:00–04:00');
  await expect(cell).toHaveAttribute('data-tone', 'reader-gap');
  await expect(page.getByTestId(`roster-hour-${day}-4`)).toHaveAttribute('data-tone', 'covered');
  await expect(page.getByTestId('roster-duty-gaps')).toHaveAttribute('data-count', '0');

  // Add a weekly shift for that hour.
  await page.getByTestId('roster-add-shift').click();
  await expect(page.getByTestId('shift-save')).toBeVisible();
  await page.getByTestId('shift-person').click();
  await clickPopupOption(
    page.getByTestId('shift-person'),
    page.getByTestId(`shift-person-option-${readerName}`),
  );
  await page.getByTestId('shift-weekday').click();
  await clickPopupOption(
    page.getByTestId('shift-weekday'),
    page.getByTestId(`shift-weekday-option-${world.gapWeekday}`),
  );
  await page.getByTestId('shift-start').fill('03:00');
  await page.getByTestId('shift-end').fill('0400');
  await page.getByTestId('shift-save').click();

  await expect(summary).toHaveAttribute('data-count', '0');
  await expect(cell).toHaveAttribute('data-tone', 'covered');
  await expect(page.getByTestId('roster-gap-runs')).toHaveCount(0);
  const row = page.getByTestId('roster-shifts').locator('tr', { hasText: '03:00–04:00' });
  await expect(row).toHaveCount(1);

  // Delete it again, with confirmation: the hour is uncovered again.
  const remove = row.locator('[data-testid^="shift-delete-"]');
  await remove.click();
  await clickPopupOption(remove, page.getByTestId('shift-delete-confirm'));
  await expect(summary).toHaveAttribute('data-count', '1');
  await expect(cell).toHaveAttribute('data-tone', 'reader-gap');
  await expect(row).toHaveCount(0);

  // A red hour opens the editor filled in for it.
  await cell.click();
  await expect(page.getByTestId('shift-start')).toHaveValue('03:00');
  await expect(page.getByTestId('shift-end')).toHaveValue('04:00');
  await expect(
    page.getByTestId('shift-role').locator('.ant-radio-button-wrapper-checked'),
  ).toHaveText('主班读图');
  await page.keyboard.press('Escape');
  await context.close();
});

test('a reader sees the roster without edit controls', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await openRoster(page, readerName);
  await expect(page.getByTestId('roster-page')).toHaveAttribute('data-can-edit', 'false');
  await expect(page.getByTestId('roster-read-only')).toBeVisible();
  const card = page.getByTestId(`on-duty-card-${world.orgId}`);
  await expect(card.getByTestId(`on-duty-person-${world.readerId}`)).toBeVisible();
  await expect(page.getByTestId('roster-uncovered')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('roster-shifts')).toContainText('E2E 读图');
  await expect(page.getByTestId('roster-add-shift')).toHaveCount(0);
  await expect(page.locator('[data-testid^="shift-edit-"]')).toHaveCount(0);
  await expect(page.locator('[data-testid^="shift-delete-"]')).toHaveCount(0);
  const cell = page.getByTestId(`roster-hour-${world.gapWeekday - 1}-3`);
  await expect(cell).toHaveAttribute('data-tone', 'reader-gap');
  await expect(cell).not.toHaveAttribute('role', 'button');
  await context.close();
});

test('on a phone the week is shown one day at a time', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openRoster(page, readerName, false);
  await expect(page.getByTestId('roster-week-grid')).toHaveCount(0);
  const day = world.gapWeekday - 1;
  await page.getByTestId(`roster-pick-day-${day}`).click();
  const gap = page.getByTestId(`roster-hours-${day}-3-4`);
  await expect(gap).toHaveAttribute('data-tone', 'reader-gap');
  await expect(page.getByTestId(`roster-hours-${day}-0-3`)).toContainText('E2E 读图');
  await context.close();
});

test('a refusal by the server is shown plainly in the editor', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await openRoster(page, revokedName);
  await page.getByTestId('roster-add-shift').click();
  await page.getByTestId('shift-person').click();
  await clickPopupOption(
    page.getByTestId('shift-person'),
    page.getByTestId(`shift-person-option-${readerName}`),
  );
  await page.getByTestId('shift-start').fill('03:00');
  await page.getByTestId('shift-end').fill('04:00');

  // Meanwhile the consortium administrator withdraws this user's administrator role.
  const admin = await signInApi(browser, 'admin', demoPassword);
  const withdrawn = await admin.api.put(`/api/users/${world.revokedId}/memberships`, {
    data: { memberships: [{ orgId: world.orgId, roles: ['ecg_reader'] }] },
    headers: { 'X-CSRF-Token': admin.csrf },
  });
  expect(withdrawn.status(), await withdrawn.text()).toBe(200);
  await admin.api.dispose();

  await page.getByTestId('shift-save').click();
  const problem = page.getByTestId('shift-problem');
  await expect(problem).toContainText('只有');
  await expect(problem).toContainText(`E2E 判读中心 ${suffix}`);
  await expect(page.getByTestId('roster-uncovered')).toHaveAttribute('data-count', '1');
  await context.close();
});
