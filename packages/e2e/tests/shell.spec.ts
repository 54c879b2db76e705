import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';
import { switchLanguage } from './language.js';
import { clickPopupOption } from './popup.js';

/** "Users" in the Tibetan locale (packages/web/src/i18n/locales/bo.ts, nav.users). */
const tibetanUsers = 'སྤྱོད་མཁན།';

/** Sign in through the sign-in page and wait for the app shell. */
async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('app-header')).toBeVisible();
}

/** Put a user's saved language back (as seeded) so later journeys start from the same state. */
async function resetSavedLocale(
  username: string,
  password: string,
  locale: 'zh-CN' | 'bo',
): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username, password } });
  expect(login.ok()).toBe(true);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const saved = await api.patch('/api/auth/preferences', {
    data: { locale },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(saved.ok()).toBe(true);
  await api.dispose();
}

test.afterAll(async () => {
  await resetSavedLocale('admin', demoPassword, 'zh-CN');
});

test('admin works in Tibetan, creates an ECG technician, who then signs in', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'admin', demoPassword);
  await expect(page.getByTestId('nav-users')).toBeVisible();

  await switchLanguage(page, 'bo');
  await expect(page.getByTestId('nav-users')).toHaveText(tibetanUsers);
  await expect(page.getByTestId('brand')).toContainText('སྐལ་བཟང་');
  // Tibetan is drawn with the bundled Noto Serif Tibetan face, not a fallback.
  const fontFamily = await page
    .getByTestId('nav-users')
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(fontFamily).toMatch(/^"?Gesang Tibetan/);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Gesang Tibetan"', 'ནང་འཛུལ།'))).toBe(
    true,
  );

  // Create a technician at Lhatse County People's Hospital.
  const suffix = Date.now().toString(36);
  const username = `tech.e2e.${suffix}`;
  const displayName = `E2E 次仁 ${suffix}`;
  const password = 'e2e-password-123';
  await page.getByTestId('nav-users').click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill(displayName);
  await page.getByTestId('user-password').fill(password);
  await page.getByTestId('membership-org-0').click();
  await page.keyboard.type('lhatse-county');
  await clickPopupOption(
    page.getByTestId('membership-org-0'),
    page.getByTestId('org-option-lhatse-county'),
  );
  await page.getByTestId('membership-role-0-ecg_technician').click();
  await page.getByTestId('user-create-submit').click();
  await expect(page.getByTestId('user-create-modal')).toBeHidden();
  await expect(page.getByTestId('users-table')).toContainText(username);

  await page.getByTestId('user-menu').click();
  await clickPopupOption(page.getByTestId('user-menu'), page.getByTestId('menu-sign-out'));
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo'); // remembered on this device

  await signIn(page, username, password);
  await expect(page.getByTestId('user-name')).toHaveText(displayName);
  await expect(page.getByTestId('home-role-ecg_technician')).toBeVisible();
  await expect(page.getByTestId('nav-users')).toHaveCount(0); // no admin pages for a technician
  await switchLanguage(page, 'zh-CN');
  await expect(page.getByTestId('org-switcher')).toContainText('拉孜县人民医院');
  await expect(page.getByTestId('home-active-org')).toHaveText('拉孜县人民医院');
});

test('on a phone the menu opens from the drawer', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await signIn(page, 'tech.lhatse', demoPassword);
  // The demo technician saved Tibetan as their language: the shell follows it after sign-in.
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(page.getByTestId('side-menu')).toHaveCount(0);
  await expect(page.getByTestId('menu-drawer')).toBeHidden();

  await page.getByTestId('menu-button').click();
  const drawer = page.getByTestId('menu-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('org-switcher')).toBeVisible();
  await expect(drawer.getByTestId('nav-patients')).toHaveText('ནད་པ།');
  await drawer.getByTestId('nav-patients').click();
  await expect(page).toHaveURL(/\/patients$/);
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('patients-table')).toBeVisible();
  // Nothing is wider than the screen; wide tables scroll inside their own box.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
