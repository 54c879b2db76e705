import { expect, type Page } from '@playwright/test';

/**
 * Picks files in the county desk's file picker once it takes them: the picker stays disabled
 * (greyed out) until the desk's local queue has opened, and a file given to it before then is
 * ignored, as a technician's click would be.
 */
export async function pickDeskFiles(page: Page, paths: string | string[]): Promise<void> {
  const input = page.getByTestId('desk-file-picker').locator('input[type=file]');
  await expect(input).toBeEnabled();
  await input.setInputFiles(paths);
}
