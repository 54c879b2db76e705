import { expect, test } from '@playwright/test';
import { baseURL, demoPassword } from './env.js';

test('throwaway: server ready and env handed down', async ({ page, request }) => {
  expect(demoPassword).toBe('demo-password-123');
  expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const ready = await request.get('/ready');
  console.log('ready', ready.status(), baseURL, process.env.GESANG_E2E_DATA_DIR);
  await page.goto('/');
  await page.setContent('<p>中文 ok</p>');
  await expect(page.locator('p')).toHaveText('中文 ok');
});
